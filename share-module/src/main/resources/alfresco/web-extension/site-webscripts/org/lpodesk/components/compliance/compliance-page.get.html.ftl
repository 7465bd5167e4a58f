<#import "/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.ftl" as lpo/>
<#-- Vendor compliance: every vendor's attestations and bulk-data counts as the repository judged them
     (model.compliance), the CSV, and a dialog per vendor that records an attestation. The dialog's script
     fetches this component again after a recording and swaps in the vendor's section: one renderer. -->
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/compliance/compliance-page.css" group="lpodesk-compliance"/>
</@>

<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/lpodesk-share/components/compliance/compliance-page.js" group="lpodesk-compliance"/>
</@>

<@markup id="widgets">
   <@createWidgets group="lpodesk-compliance"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
   <#assign el = args.htmlid?html>
   <div id="${el}-body" class="lpodesk-compliance">
      <h1>${msg("header")}</h1>
      <#if error??>
         <div class="lpodesk-message lpodesk-error">${error?html}</div>
      <#else>
         <#assign todayText><@lpo.day compliance.today/></#assign>
         <#assign windowText><@lpo.day compliance.windowStart/></#assign>
         <p class="lpodesk-compliance-intro">${msg("intro", todayText, windowText, compliance.warningPercent?c, compliance.defaultValidityText)?html}</p>
         <div class="lpodesk-compliance-downloads"><a class="theme-color-1" href="${csvUrl?html}">${msg("label.csv")}</a></div>
         <#if compliance.vendors?size == 0>
            <div class="lpodesk-message">${msg("message.no-vendor")}</div>
         </#if>
         <#list compliance.vendors as v>
         <section class="lpodesk-vendor" data-vendor="${v.id?html}" data-vendor-name="${v.name?html}">
            <h2>${v.name?html} <span class="lpodesk-vendor-id">${v.id?html} · ${msg("vendor.country", v.country)?html}</span>
               <#if !v.sharingAllowed><span class="lpodesk-verdict lpodesk-refused">${msg("vendor.refused")}</span>
               <#elseif !v.restrictedDataAllowed><span class="lpodesk-verdict lpodesk-limited">${msg("vendor.noRestrictedData")}</span>
               <#else><span class="lpodesk-verdict lpodesk-allowed">${msg("vendor.allowed")}</span></#if>
            </h2>
            <#if v.problems?size gt 0>
            <ul class="lpodesk-problems"><#list v.problems as p><li>${p?html}</li></#list></ul>
            </#if>
            <h3>${msg("heading.attestations")}</h3>
            <table class="lpodesk-table lpodesk-attestations">
               <thead><tr><th>${msg("column.attestation")}</th><th>${msg("column.status")}</th><th>${msg("column.signedOn")}</th>
                  <th>${msg("column.signer")}</th><th>${msg("column.document")}</th><th>${msg("column.lastValidDay")}</th><th>${msg("column.coveredPerson")}</th></tr></thead>
               <tbody>
               <#list v.attestations as a>
                  <tr data-kind="${a.kind?html}">
                     <td>${a.label?html}<div class="lpodesk-citation">${a.citation?html}</div></td>
                     <td><span class="lpodesk-status lpodesk-status-${a.status?lower_case?html}"><#if a.status == "VALID">${msg("status.VALID")}<#elseif a.status == "EXPIRED">${msg("status.EXPIRED")}<#elseif a.status == "NOT_YET_SIGNED">${msg("status.NOT_YET_SIGNED")}<#else>${msg("status.MISSING")}</#if></span></td>
                     <td class="lpodesk-date"><@lpo.day (a.signedOn!"")/></td>
                     <td>${(a.signer!"")?html}</td>
                     <td class="lpodesk-document">${(a.document!"")?html}</td>
                     <td class="lpodesk-date"><@lpo.day (a.lastValidDay!"")/></td>
                     <td><#if a.coveredPerson>${msg("covered.yes", a.facts!"")?html}<#elseif a.status != "MISSING">${msg("covered.no")}</#if></td>
                  </tr>
               </#list>
               </tbody>
            </table>
            <h3>${msg("heading.counts")}</h3>
            <table class="lpodesk-table lpodesk-counts">
               <thead><tr><th>${msg("column.category")}</th><th class="lpodesk-number">${msg("column.persons")}</th>
                  <th class="lpodesk-number">${msg("column.limit")}</th><th class="lpodesk-number">${msg("column.percent")}</th></tr></thead>
               <tbody>
               <#list v.counts as c>
                  <tr<#if c.warning> class="lpodesk-warning"</#if>>
                     <td>${c.label?html}</td>
                     <td class="lpodesk-number">${c.persons?string("#,##0")}</td>
                     <td class="lpodesk-number">${c.limit?string("#,##0")}</td>
                     <td class="lpodesk-number">${c.percentOfLimit?string("0.0")}%<#if c.warning> · ${msg("warning.yes")}</#if></td>
                  </tr>
               </#list>
               </tbody>
            </table>
            <div class="lpodesk-vendor-actions">
               <button type="button" class="lpodesk-record-attestation" data-vendor="${v.id?html}">${msg("button.record")}</button>
               <span class="lpodesk-recorded" role="status"></span>
            </div>
         </section>
         </#list>

         <#if compliance.vendors?size gt 0>
         <#-- the kinds and their labels are the repository's, in its order -->
         <div id="${el}-dialog" class="lpodesk-attestation-dialog" hidden="hidden">
            <form class="lpodesk-attestation-form" role="dialog" aria-modal="true" aria-labelledby="${el}-dialog-title" novalidate="novalidate">
               <h2 id="${el}-dialog-title" class="lpodesk-dialog-title"></h2>
               <p class="lpodesk-dialog-legend">${msg("dialog.required")}</p>
               <label>${msg("dialog.kind")}
                  <select name="kind">
                     <#list compliance.vendors[0].attestations as a><option value="${a.kind?html}">${a.label?html}</option></#list>
                  </select>
               </label>
               <#-- the repository refuses a signing day after its today; the picker offers none -->
               <label>${msg("dialog.signedOn")}<span class="lpodesk-required">${msg("dialog.required.marker")}</span> <input type="date" name="signedOn" max="${compliance.today?html}" required="required"/></label>
               <label>${msg("dialog.signer")}<span class="lpodesk-required">${msg("dialog.required.marker")}</span> <input type="text" name="signer" maxlength="500" required="required"/></label>
               <label>${msg("dialog.document")}<span class="lpodesk-required">${msg("dialog.required.marker")}</span> <input type="text" name="document" maxlength="500" required="required"/></label>
               <label>${msg("dialog.expiresOn")} <input type="date" name="expiresOn"/></label>
               <label class="lpodesk-covered"><input type="checkbox" name="coveredPerson"/> ${msg("dialog.coveredPerson")}</label>
               <label class="lpodesk-facts">${msg("dialog.facts")}<span class="lpodesk-required">${msg("dialog.required.marker")}</span> <textarea name="facts" rows="3" maxlength="500"></textarea></label>
               <div class="lpodesk-message lpodesk-error lpodesk-dialog-error" role="alert" hidden="hidden"></div>
               <div class="lpodesk-dialog-buttons">
                  <button type="submit" class="lpodesk-save">${msg("dialog.save")}</button>
                  <button type="button" class="lpodesk-cancel">${msg("dialog.cancel")}</button>
               </div>
            </form>
         </div>
         </#if>
      </#if>
   </div>
   <#if !error?? && compliance.vendors?size gt 0>
   <script type="text/javascript">//<![CDATA[
      new LPODesk.CompliancePage("${el}").setMessages(${messages});
   //]]></script>
   </#if>
   </@>
</@>
