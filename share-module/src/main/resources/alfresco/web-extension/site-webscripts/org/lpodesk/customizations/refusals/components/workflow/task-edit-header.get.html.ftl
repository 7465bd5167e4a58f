<#-- The task page shows the repository's own sentence when it refuses a task (see refusals.js) -->
<@markup id="lpodesk-refusals" target="js" action="after">
   <@script src="${url.context}/res/lpodesk-share/components/workflow/refusals.js" group="workflow"/>
</@>
