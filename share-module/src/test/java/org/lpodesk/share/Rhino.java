package org.lpodesk.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/** A Rhino scope for running the module's scripts as Surf or the browser would, one per test. */
final class Rhino implements AutoCloseable {

    private final Context context;
    private final Scriptable scope;

    Rhino() {
        context = Context.enter();
        context.setLanguageVersion(Context.VERSION_1_8);
        context.setOptimizationLevel(-1);
        scope = context.initStandardObjects();
    }

    Object eval(String source, String name) {
        return context.evaluateString(scope, source, name, 1, null);
    }

    /** Runs a module script; Surf controllers have their import directives replaced by the imported libraries. */
    Object run(Path file) {
        String source = ShareModule.read(file);
        java.util.regex.Matcher m = JavaScriptParseTest.IMPORT.matcher(source);
        while (m.find()) {
            run(ShareModule.SHARE.resolve(m.group(1)));
        }
        return eval(JavaScriptParseTest.withoutImports(source), ShareModule.relative(file));
    }

    void put(String name, Object value) {
        ScriptableObject.putProperty(scope, name, Context.javaToJS(value, scope));
    }

    Object get(String name) {
        return ScriptableObject.getProperty(scope, name);
    }

    /** JavaScript values as Java maps, lists, strings, numbers and booleans (for FreeMarker). */
    static Object toJava(Object value) {
        if (value instanceof NativeArray array) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.getLength(); i++) {
                list.add(toJava(array.get(i)));
            }
            return list;
        }
        if (value instanceof NativeObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Object id : object.getIds()) {
                Object v = toJava(object.get(id.toString(), object));
                if (v != null) {
                    map.put(id.toString(), v);
                }
            }
            return map;
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) (long) d : (Object) d;
        }
        if (value == null || value instanceof Undefined || value == Scriptable.NOT_FOUND) {
            return null;
        }
        if (value instanceof org.mozilla.javascript.Wrapper wrapper) {
            return wrapper.unwrap();
        }
        return value;
    }

    @Override
    public void close() {
        Context.exit();
    }
}
