package org.lpodesk.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/** The process definitions deployed by the platform module, read from its BPMN files. */
final class Processes {

    record Process(String id, String startFormKey, List<String> taskFormKeys, Path file) {
        String workflowDefinitionName() {
            return "activiti$" + id;
        }
    }

    private Processes() {
    }

    static List<Process> all() {
        List<Process> result = new ArrayList<>();
        for (Path file : ShareModule.files(ShareModule.WORKFLOW_DIR, ".bpmn20.xml")) {
            Element root = Xml.parse(file).getDocumentElement();
            for (Element process : Xml.all(root, "process")) {
                String start = null;
                for (Element event : Xml.children(process, "startEvent")) {
                    if (event.hasAttribute("activiti:formKey")) {
                        start = event.getAttribute("activiti:formKey");
                    }
                }
                List<String> tasks = new ArrayList<>();
                for (Element task : Xml.all(process, "userTask")) {
                    if (task.hasAttribute("activiti:formKey")) {
                        tasks.add(task.getAttribute("activiti:formKey"));
                    }
                }
                result.add(new Process(process.getAttribute("id"), start, tasks, file));
            }
        }
        return result;
    }
}
