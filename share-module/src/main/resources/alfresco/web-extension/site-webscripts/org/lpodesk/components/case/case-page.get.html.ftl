<#-- LPO Desk case page: model.summary (the repository's case summary) or model.error -->
<#import "/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.ftl" as lpo/>
<@markup id="css">
   <#-- Share's forms, for the dialogs the page opens (Add notice, Outsource…): Share's own dependency lists -->
   <#include "/org/alfresco/components/form/form.css.ftl"/>
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/dashlets/lpodesk-dashlets.css" group="lpodesk-case"/>
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/case/case-page.css" group="lpodesk-case"/>
</@>

<@markup id="js">
   <#include "/org/alfresco/components/form/form.js.ftl"/>
   <@script src="${url.context}/res/modules/simple-dialog.js" group="lpodesk-case"/>
   <@script src="${url.context}/res/lpodesk-share/js/outsourcing/request.js" group="lpodesk-case"/>
   <@script src="${url.context}/res/lpodesk-share/js/outsourcing/dialogs.js" group="lpodesk-case"/>
   <@script src="${url.context}/res/lpodesk-share/components/case/perm-timeline.js" group="lpodesk-case"/>
   <@script src="${url.context}/res/lpodesk-share/components/case/case-page.js" group="lpodesk-case"/>
</@>

<@markup id="widgets">
   <@createWidgets group="lpodesk-case"/>
</@>

<#macro days d>
   <#if d.answered?? && d.answered>${msg("label.answered")}<#elseif (d.daysLeft!0) < 0>${msg("label.overdue", -(d.daysLeft!0))}<#elseif (d.daysLeft!0) == 0>${msg("label.today")}<#else>${msg("label.days-left", d.daysLeft!0)}</#if>
</#macro>
<#macro urgency u><#if u?has_content>lpodesk-urgency-${u?lower_case}</#if></#macro>
<#macro instant iso><#if iso?has_content>${iso?datetime.iso?string(msg("lpodesk.datetime.format"))?html}</#if></#macro>
<#macro person name display><#if name?has_content><a class="theme-color-1" href="${url.context}/page/user/${name?url}/profile">${display?html}</a></#if></#macro>
<#macro doc nodeRef name><a class="theme-color-1" href="${pageBase}/document-details?nodeRef=${nodeRef?url}">${name?html}</a></#macro>

<@markup id="html">
   <@uniqueIdDiv>
   <div class="lpodesk-case-page">
   <#if error??>
      <div class="lpodesk-message lpodesk-error">${error?html}</div>
   <#else>
      <#assign s=summary>
      <#-- Header: who and what the case is, its status and where it can go next -->
      <div class="lpodesk-case-header">
         <div class="lpodesk-case-title">
            <h1><span class="lpodesk-case-number">${(s.caseNumber!"")?html}</span> <span class="lpodesk-case-type">${(s.caseTypeLabel!s.caseType!"")?html}</span></h1>
            <span class="lpodesk-status lpodesk-status-${(s.status!"")?lower_case?html}">${(s.statusLabel!s.status!"")?html}</span>
         </div>
         <div class="lpodesk-case-actions">
            <#if s.libraryPath?has_content && site?has_content>
            <a class="theme-color-1" href="${pageBase}/documentlibrary?path=${s.libraryPath?url}">${msg("link.library")}</a>
            </#if>
            <button type="button" class="lpodesk-outsource-button">${msg("button.outsource")}</button>
            <#if s.nextStatuses?? && s.nextStatuses?size gt 0>
            <span class="lpodesk-next-statuses">${msg("label.change-status")}
               <#list s.nextStatuses as n>
               <button type="button" class="lpodesk-status-action" data-status="${n.status?html}" data-label="${n.label?html}">${n.label?html}</button>
               </#list>
            </span>
            </#if>
         </div>
         <table class="lpodesk-facts">
            <tr><th>${msg("label.beneficiary")}</th><td>${(s.parties.beneficiary!"")?html}</td>
                <th>${msg("label.receipt")}</th><td>${(s.receiptNumber!msg("label.none"))?html}</td></tr>
            <tr><th>${msg("label.petitioner")}</th><td>${(s.parties.petitioner!"")?html}<#if s.parties.petitionerKindLabel?has_content> <span class="lpodesk-secondary">(${s.parties.petitionerKindLabel?html})</span></#if></td>
                <th>${msg("label.a-number")}</th><td>${(s.aNumber!msg("label.none"))?html}</td></tr>
            <tr><th>${msg("label.attorney")}</th><td><#if s.parties.responsibleAttorney?has_content><@person name=s.parties.responsibleAttorney display=(s.parties.responsibleAttorneyName!s.parties.responsibleAttorney)/><#else>${msg("label.none")}</#if></td>
                <th>${msg("label.priority-date")}</th><td><#if s.priorityDate?has_content><@lpo.day s.priorityDate/><#else>${msg("label.none")}</#if></td></tr>
            <tr><th>${msg("label.client")}</th><td>${((s.client.name)!"")?html}</td>
                <th>${msg("label.opened-on")}</th><td><@lpo.day s.openedOn!""/><#if s.closedOn?has_content> &middot; ${msg("label.closed-on")} <@lpo.day s.closedOn/></#if></td></tr>
         </table>
      </div>

      <div class="lpodesk-case-columns">
      <div class="lpodesk-case-main">
      <#-- Deadlines: the case deadline first, then every dated obligation -->
      <div class="lpodesk-case-section lpodesk-case-deadlines">
         <h2>${msg("section.deadlines")}</h2>
         <#if s.caseDeadline??>
         <div class="lpodesk-case-deadline <@urgency s.caseDeadline.urgency!""/>">
            <span class="lpodesk-case-deadline-label">${msg("label.case-deadline")}</span>
            <span class="lpodesk-date"><@lpo.day s.caseDeadline.date/></span>
            <span class="lpodesk-days"><@days s.caseDeadline/></span>
            <div class="lpodesk-rule">${(s.caseDeadline.rule!"")?html}</div>
         </div>
         </#if>
         <#if (s.deadlines![])?size == 0>
            <div class="lpodesk-message">${msg("label.no-deadlines")}</div>
         <#else>
         <table class="lpodesk-table">
            <thead><tr><th>${msg("column.date")}</th><th>${msg("column.obligation")}</th><th>${msg("column.rule")}</th></tr></thead>
            <tbody>
            <#list s.deadlines as d>
               <tr class="<@urgency d.urgency!""/>">
                  <td class="lpodesk-date"><@lpo.day d.date/><div class="lpodesk-days"><@days d/></div></td>
                  <td>${(d.label!"")?html}</td>
                  <td class="lpodesk-rule">${(d.rule!"")?html}</td>
               </tr>
            </#list>
            </tbody>
         </table>
         </#if>
      </div>

      <#-- USCIS status: per receipt number the last status USCIS gave and every check, newest first -->
      <div class="lpodesk-case-section lpodesk-case-uscis">
         <h2>${msg("section.uscis")}</h2>
         <#if uscisError??>
            <div class="lpodesk-message lpodesk-error">${uscisError?html}</div>
         <#elseif uscis??>
            <div class="lpodesk-section-actions">
               <button type="button" class="lpodesk-record-status-button">${msg("button.record-status")}</button>
            </div>
            <#if uscis.suggestedStatus??>
            <div class="lpodesk-uscis-suggestion">${msg("label.uscis-suggests", uscis.suggestedStatus.label?html)}
               <button type="button" class="lpodesk-status-action" data-status="${uscis.suggestedStatus.value?html}" data-label="${uscis.suggestedStatus.label?html}">${msg("button.move-to", uscis.suggestedStatus.label?html)}</button>
            </div>
            </#if>
            <#if uscis.api?? && uscis.api.credentialsRefusedAt??>
            <div class="lpodesk-message lpodesk-error">${msg("label.uscis-credentials-refused")}</div>
            <#elseif !(uscis.api?? && uscis.api.configured)>
            <div class="lpodesk-message lpodesk-secondary">${msg("label.uscis-no-api")}</div>
            </#if>
            <#if (uscis.receipts![])?size == 0>
            <div class="lpodesk-message">${msg("label.uscis-no-receipts")}</div>
            </#if>
            <#list uscis.receipts![] as r>
            <div class="lpodesk-uscis-receipt">
               <h3>${r.receiptNumber?html}<#if r.last??> &middot; <span class="lpodesk-uscis-last">${(r.last.statusText!"")?html}</span>
                  <span class="lpodesk-secondary">${msg("label.uscis-as-of")} <@lpo.day r.last.asOfOn/></span></#if></h3>
               <#if (r.checks![])?size == 0>
               <div class="lpodesk-message">${msg("label.uscis-never-checked")}</div>
               <#else>
               <table class="lpodesk-table lpodesk-uscis-checks">
                  <thead><tr><th>${msg("column.checked-on")}</th><th>${msg("column.uscis-status")}</th><th>${msg("column.source")}</th><th>${msg("column.checked-by")}</th></tr></thead>
                  <tbody>
                  <#list r.checks as ch>
                     <tr class="<#if ch.failure??>lpodesk-uscis-failed<#elseif ch.changed>lpodesk-uscis-changed</#if>">
                        <td class="lpodesk-date"><@lpo.day ch.asOfOn/><#if ch.asOfOn != ch.checkedOn><div class="lpodesk-secondary">${msg("label.uscis-recorded-on")} <@lpo.day ch.checkedOn/></div></#if></td>
                        <td><#if ch.failure??><span class="lpodesk-error">${msg("label.uscis-failed", ch.failure?html)}</span><#else>${(ch.statusText!"")?html}<#if ch.changed> <span class="lpodesk-badge">${msg("label.uscis-changed")}</span></#if>
                           <#if ch.statusDescription?has_content><div class="lpodesk-rule">${ch.statusDescription?html}</div></#if>
                           <#-- a notice's date is its "as of" already -->
                           <#assign modified=(ch.uscisModifiedOn?? && ch.source != "NOTICE")>
                           <#if ch.formType?has_content || modified><div class="lpodesk-secondary"><#if ch.formType?has_content>${ch.formType?html}</#if><#if ch.formType?has_content && modified> &middot; </#if><#if modified>${msg("label.uscis-modified")} <@lpo.day ch.uscisModifiedOn/></#if></div></#if></#if>
                           <#if ch.screenshot??><div><@doc nodeRef=ch.screenshot.id name=ch.screenshot.name/></div></#if></td>
                        <td>${(ch.sourceLabel!ch.source!"")?html}</td>
                        <td>${(ch.checkedBy!"")?html}</td>
                     </tr>
                  </#list>
                  </tbody>
               </table>
               </#if>
            </div>
            </#list>
         </#if>
      </div>

      <#-- PERM: the labor certification's timeline, windows, violations and clocks, as the repository computed them -->
      <#if permError?? || perm??>
      <div class="lpodesk-case-section lpodesk-case-perm">
         <h2>${msg("section.perm")}</h2>
         <#if permError??>
            <div class="lpodesk-message lpodesk-error">${permError?html}</div>
         <#else>
         <div class="lpodesk-section-actions">
            <button type="button" class="lpodesk-edit-perm-button">${msg("button.edit-perm")}</button>
            <button type="button" class="lpodesk-add-step-button">${msg("button.add-step")}</button>
         </div>
         <div class="lpodesk-perm-facts">
            <#if perm.pwd??>${msg("label.perm-pwd")} <@lpo.day perm.pwd.determinedOn/>, ${msg("label.perm-valid-until")} <#if perm.pwd.validUntil??><@lpo.day perm.pwd.validUntil/><#else>${msg("label.none")}</#if><#if perm.pwd.caseNumber??> (${perm.pwd.caseNumber?html})</#if><#else>${msg("label.perm-no-pwd")}</#if>
            <#if perm.filedOn??> &middot; ${msg("label.perm-filed")} <@lpo.day perm.filedOn/><#if perm.flagCaseNumber??> (${perm.flagCaseNumber?html})</#if></#if>
            <#if perm.certifiedOn??> &middot; ${msg("label.perm-certified")} <@lpo.day perm.certifiedOn/></#if>
         </div>
         <#if perm.earliestFiling?? && perm.latestFiling??>
         <div class="lpodesk-perm-window">
            <div><span class="lpodesk-perm-window-label">${msg("label.perm-earliest")}</span> <span class="lpodesk-date"><@lpo.day perm.earliestFiling.date/></span>
               <div class="lpodesk-rule">${(perm.earliestFiling.statement!"")?html}</div></div>
            <div><span class="lpodesk-perm-window-label">${msg("label.perm-latest")}</span> <span class="lpodesk-date"><@lpo.day perm.latestFiling.date/></span>
               <div class="lpodesk-rule">${(perm.latestFiling.statement!"")?html}</div></div>
         </div>
         </#if>
         <#-- the picture: steps as bars on a date axis, the filing window shaded, the clocks marked (drawn by case-page.js) -->
         <div class="lpodesk-perm-timeline" role="img" aria-label="${msg("label.perm-timeline")?html}"></div>
         <#if (perm.violations![])?size gt 0>
         <ul class="lpodesk-perm-violations">
            <#list perm.violations as v>
            <li class="lpodesk-urgency-overdue">${(v.text!"")?html} <span class="lpodesk-secondary">(${(v.citation!"")?html})</span></li>
            </#list>
         </ul>
         <#else>
         <div class="lpodesk-message">${msg("label.perm-no-violations")}</div>
         </#if>
         <#if (perm.countdowns![])?size gt 0>
         <table class="lpodesk-table lpodesk-perm-clocks">
            <thead><tr><th>${msg("column.date")}</th><th>${msg("column.clock")}</th><th>${msg("column.rule")}</th></tr></thead>
            <tbody>
            <#list perm.countdowns as c>
               <tr class="<#if c.open><@urgency c.urgency!""/><#else>lpodesk-past</#if>">
                  <td class="lpodesk-date"><@lpo.day c.date/><#if c.open && c.obligation><div class="lpodesk-days"><#if (c.daysLeft!0) < 0>${msg("label.overdue", -(c.daysLeft!0))}<#elseif (c.daysLeft!0) == 0>${msg("label.today")}<#else>${msg("label.days-left", c.daysLeft!0)}</#if></div><#elseif c.obligation><div class="lpodesk-days">${msg("label.perm-met")}</div></#if></td>
                  <td>${(c.label!"")?html}</td>
                  <td class="lpodesk-rule">${(c.statement!"")?html}</td>
               </tr>
            </#list>
            </tbody>
         </table>
         </#if>
         <#if (perm.steps![])?size == 0>
            <div class="lpodesk-message">${msg("label.perm-no-steps")}</div>
         <#else>
         <table class="lpodesk-table lpodesk-perm-steps">
            <thead><tr><th>${msg("column.step-kind")}</th><th>${msg("column.step-start")}</th><th>${msg("column.step-end")}</th><th>${msg("column.step-where")}</th><th>${msg("column.step-evidence")}</th><th></th></tr></thead>
            <tbody>
            <#list perm.steps as st>
               <tr>
                  <td>${(st.kindLabel!st.kind)?html}</td>
                  <td class="lpodesk-date"><@lpo.day st.start/></td>
                  <td class="lpodesk-date"><@lpo.day st.end/></td>
                  <td>${(st.where!"")?html}</td>
                  <td><#if (st.evidence![])?size gt 0>${st.evidence?join(", ")?html}<#else><span class="lpodesk-secondary">${msg("label.perm-no-evidence")}</span></#if></td>
                  <td><button type="button" class="lpodesk-edit-step-button" data-step="${st.nodeRef?html}" data-label="${(st.kindLabel!st.kind)?html}">${msg("button.edit-step")}</button>
                      <button type="button" class="lpodesk-delete-step-button" data-step="${st.nodeRef?html}" data-label="${(st.kindLabel!st.kind)?html}">${msg("button.delete-step")}</button></td>
               </tr>
            </#list>
            </tbody>
         </table>
         </#if>
         </#if>
      </div>
      </#if>

      <#-- Evidence checklist: what the case type requires, what is missing first (the repository orders and counts) -->
      <div class="lpodesk-case-section lpodesk-case-checklist">
         <h2>${msg("section.checklist")}</h2>
         <#if checklistError??>
            <div class="lpodesk-message lpodesk-error">${checklistError?html}</div>
         <#elseif checklist??>
            <#assign c=checklist>
            <div class="lpodesk-checklist-state <#if c.ready?? && c.ready>lpodesk-ready<#else>lpodesk-not-ready</#if>">
               <strong><#if c.ready?? && c.ready>${msg("label.checklist-ready")}<#else>${msg("label.checklist-not-ready")}</#if></strong>
               <span class="lpodesk-secondary">${msg("label.checklist-counts", (c.checklistLabel!"")?html, (c.counts.missing!0)?c, (c.counts.required!0)?c)}</span>
            </div>
            <#if (c.rules![])?size gt 0>
            <ul class="lpodesk-checklist-rules">
               <#list c.rules as r><li class="<#if r.met?? && r.met>lpodesk-met<#else>lpodesk-unmet</#if>">${(r.text!"")?html}</li></#list>
            </ul>
            </#if>
            <table class="lpodesk-table lpodesk-checklist-items">
               <thead><tr><th>${msg("column.item")}</th><th>${msg("column.item-status")}</th><th>${msg("column.evidence")}</th><#if c.canWaive?? && c.canWaive><th></th></#if></tr></thead>
               <tbody>
               <#list c.items![] as i>
                  <tr class="lpodesk-item-${(i.status!"")?lower_case?html}">
                     <td>${(i.label!"")?html}<#if !(i.required?? && i.required)> <span class="lpodesk-secondary">${msg("label.optional")}</span></#if>
                        <div class="lpodesk-rule">${(i.rule!"")?html}<#if i.citation?has_content> (${i.citation?html})</#if></div></td>
                     <td>${(i.statusLabel!"")?html}<#if i.waiver??><div class="lpodesk-secondary">${msg("label.waived-by", (i.waiver.byName!i.waiver.by!"")?html, (i.waiver.reason!"")?html)}</div></#if></td>
                     <td><#list i.documents![] as d><div><@doc nodeRef=d.nodeRef name=d.name/><#if d.exhibitNumber?has_content> <span class="lpodesk-secondary">${msg("label.exhibit", d.exhibitNumber?html)}</span></#if><#if d.needsTranslation?? && d.needsTranslation> <span class="lpodesk-warning">${msg("label.needs-translation")}</span></#if></div></#list></td>
                     <#if c.canWaive?? && c.canWaive><td><#if (i.status!"") == "MISSING" || (i.status!"") == "NEEDS_TRANSLATION"><button type="button" class="lpodesk-waive-button" data-item="${i.id?html}" data-label="${(i.label!"")?html}">${msg("button.waive")}</button></#if></td></#if>
                  </tr>
               </#list>
               </tbody>
            </table>
            <div class="lpodesk-final-merits"><strong>${msg("label.final-merits")}</strong>
               <#if c.finalMeritsNote?has_content>${c.finalMeritsNote?html}<#else><span class="lpodesk-secondary">${msg("label.final-merits-none")}</span></#if></div>
         </#if>
      </div>

      <#-- Notices: newest first -->
      <div class="lpodesk-case-section lpodesk-case-notices">
         <h2>${msg("section.notices")}</h2>
         <div class="lpodesk-section-actions"><button type="button" class="lpodesk-add-notice-button">${msg("button.add-notice")}</button></div>
         <#if (s.notices![])?size == 0>
            <div class="lpodesk-message">${msg("label.no-notices")}</div>
         <#else>
         <table class="lpodesk-table">
            <thead><tr><th>${msg("column.notice-date")}</th><th>${msg("column.kind")}</th><th>${msg("column.receipt")}</th><th>${msg("column.service")}</th><th>${msg("column.response-deadline")}</th></tr></thead>
            <tbody>
            <#list s.notices as n>
               <tr class="<@urgency n.urgency!""/>">
                  <td class="lpodesk-date"><@lpo.day n.noticeDate!""/></td>
                  <td><@doc nodeRef=n.nodeRef name=(n.kindLabel!n.kind!n.name)/></td>
                  <td>${(n.receiptNumber!"")?html}</td>
                  <td>${(n.serviceMethodLabel!"")?html}</td>
                  <td class="lpodesk-date"><#if n.responseDeadline?has_content><@lpo.day n.responseDeadline/><div class="lpodesk-days"><@days n/></div></#if></td>
               </tr>
               <#-- a notice that asks for evidence: its issues, each answered by exhibits or not yet -->
               <#if n.asks?? && n.asks>
               <tr class="lpodesk-issues-row">
                  <td></td>
                  <td colspan="4">
                     <div class="lpodesk-issues">
                        <#if (n.issues![])?size == 0>
                           <div class="lpodesk-secondary">${msg("label.no-issues")}</div>
                        <#else>
                           <div class="lpodesk-issues-summary<#if (n.issuesUnanswered!0) gt 0> lpodesk-urgency-soon</#if>">${msg("label.issues-open", n.issuesUnanswered!0, n.issues?size)}</div>
                           <ol class="lpodesk-issue-list">
                           <#list n.issues as i>
                              <li class="lpodesk-issue <#if i.answered>lpodesk-issue-answered<#else>lpodesk-issue-open</#if>" value="${i.number?c}">
                                 <span class="lpodesk-issue-requirement">${msg("label.issue", i.number?c, i.requirement!"")?html}</span>
                                 <#if i.missingEvidence?has_content><div class="lpodesk-secondary">${msg("label.issue-missing", i.missingEvidence)?html}</div></#if>
                                 <div class="lpodesk-issue-exhibits"><#if i.answered>${msg("label.issue-answered-by", i.exhibits?join(", "))?html}<#else>${msg("label.issue-no-exhibit")}</#if></div>
                                 <button type="button" class="lpodesk-edit-issue-button" data-issue="${i.nodeRef?html}" data-number="${i.number?c}">${msg("button.edit-issue")}</button>
                              </li>
                           </#list>
                           </ol>
                        </#if>
                        <button type="button" class="lpodesk-add-issue-button" data-notice="${n.nodeRef?html}" data-name="${(n.kindLabel!n.name!"")?html}">${msg("button.add-issue")}</button>
                     </div>
                  </td>
               </tr>
               </#if>
            </#list>
            </tbody>
         </table>
         </#if>
      </div>

      <#-- E-mail: the case's conversations and held messages, as the repository filed and grouped them; text only, never HTML -->
      <div class="lpodesk-case-section lpodesk-case-mail">
         <h2>${msg("section.mail")}</h2>
         <#if mailError??>
            <div class="lpodesk-message lpodesk-error">${mailError?html}</div>
         <#elseif mail??>
            <div class="lpodesk-secondary">${msg("label.mail-address")} <span class="lpodesk-mail-address">${(mail.address!"")?html}</span></div>
            <#if (mail.threads![])?size == 0>
            <div class="lpodesk-message">${msg("label.mail-none")}</div>
            </#if>
            <#list mail.threads![] as t>
            <div class="lpodesk-mail-thread">
               <h3>${(t.subject!"")?html} <span class="lpodesk-secondary">${msg("label.mail-count", t.messages?size)}</span></h3>
               <#list t.messages as m>
               <#assign inbound=(m.direction == "INBOUND")>
               <div class="lpodesk-mail-message lpodesk-mail-${inbound?string("in","out")}<#if m.state??> lpodesk-mail-${m.state?lower_case}</#if>">
                  <div class="lpodesk-mail-head">
                     <span class="lpodesk-mail-who"><#if inbound>${msg("label.mail-from", (m.from!"")?html)}<#else>${msg("label.mail-to", (m.to![])?join(", ")?html)}</#if></span>
                     <span class="lpodesk-date"><@instant m.at/></span>
                     <#if !inbound><span class="lpodesk-badge lpodesk-mail-state">${msg("mail.state." + (m.state!"DRAFT"))}</span></#if>
                     <#if !inbound && m.approved><span class="lpodesk-secondary">${msg("label.mail-approved")}</span></#if>
                     <@doc nodeRef=m.id name=m.name!m.subject/>
                  </div>
                  <div class="lpodesk-mail-text">${(m.text!"")?html}</div>
                  <#list m.attachments![] as a>
                  <div class="lpodesk-mail-attachment"><@doc nodeRef=a.id name=a.name/><#if a.executable> <span class="lpodesk-warning">${msg("label.mail-executable")}</span></#if></div>
                  </#list>
                  <#list m.warnings![] as w><div class="lpodesk-secondary lpodesk-mail-warning">${w?html}</div></#list>
                  <#if m.lastSendError?has_content && (m.state!"") != "SENT"><div class="lpodesk-error">${m.lastSendError?html}</div></#if>
                  <#if mail.mayAct>
                  <div class="lpodesk-section-actions">
                     <#if inbound>
                     <button type="button" class="lpodesk-mail-reply" data-message="${m.id?html}">${msg("button.mail-reply")}</button>
                     <button type="button" class="lpodesk-mail-outsource" data-message="${m.id?html}">${msg("button.mail-outsource")}</button>
                     <#elseif (m.state!"DRAFT") == "DRAFT" || (m.state!"") == "FAILED">
                     <a class="theme-color-1" href="${pageBase}/inline-edit?nodeRef=${m.id?url}">${msg("link.mail-edit")}</a>
                     <#if m.approved><button type="button" class="lpodesk-mail-send" data-reply="${m.id?html}" data-name="${(m.name!"")?html}">${msg("button.mail-send")}</button>
                     <#else><span class="lpodesk-secondary">${msg("label.mail-needs-approval")}</span></#if>
                     </#if>
                  </div>
                  </#if>
               </div>
               </#list>
            </div>
            </#list>
            <#if (mail.quarantine![])?size gt 0>
            <div class="lpodesk-mail-quarantine">
               <h3>${msg("label.mail-quarantine", mail.quarantine?size)}</h3>
               <#list mail.quarantine as m>
               <div class="lpodesk-mail-message lpodesk-mail-held">
                  <div class="lpodesk-mail-head">
                     <span class="lpodesk-mail-who">${msg("label.mail-from", (m.from!"")?html)}</span>
                     <span class="lpodesk-date"><@instant m.at/></span>
                     <@doc nodeRef=m.id name=m.name!m.subject/>
                  </div>
                  <div class="lpodesk-warning">${msg("label.mail-held-because", (m.reason!"")?html)}</div>
                  <div class="lpodesk-mail-text">${(m.text!"")?html}</div>
                  <#list m.attachments![] as a>
                  <div class="lpodesk-mail-attachment">${a.name?html}<#if a.executable> <span class="lpodesk-warning">${msg("label.mail-executable")}</span></#if></div>
                  </#list>
                  <#if mail.mayAct>
                  <div class="lpodesk-section-actions"><button type="button" class="lpodesk-mail-release" data-message="${m.id?html}" data-name="${(m.name!"")?html}">${msg("button.mail-release")}</button></div>
                  </#if>
               </div>
               </#list>
            </div>
            </#if>
         </#if>
      </div>

      <#-- Outsourced work: open first, then past -->
      <div class="lpodesk-case-section lpodesk-case-outsourcing">
         <h2>${msg("section.outsourcing")}</h2>
         <#if (s.outsourcing![])?size == 0>
            <div class="lpodesk-message">${msg("label.no-outsourcing")}</div>
         <#else>
         <table class="lpodesk-table">
            <thead><tr><th>${msg("column.vendor")}</th><th>${msg("column.task-kind")}</th><th>${msg("column.step")}</th><th>${msg("column.assignee")}</th><th>${msg("column.vendor-due")}</th><th>${msg("column.hours")}</th><th>${msg("column.round")}</th></tr></thead>
            <tbody>
            <#list s.outsourcing as o>
               <tr class="<#if o.active?? && o.active>lpodesk-active<#else>lpodesk-past</#if>">
                  <td>${(o.vendorName!o.vendorId!"")?html}</td>
                  <td>${(o.taskKindLabel!o.taskKind!"")?html}</td>
                  <td><#if o.taskId?has_content><a class="theme-color-1" href="${url.context}/page/task-details?taskId=${o.taskId?url}">${(o.step!"")?html}</a><#else>${(o.step!"")?html}</#if>
                     <#if o.ended?has_content><div class="lpodesk-secondary">${msg("label.ended", "")}<@instant o.ended/></div></#if></td>
                  <td><#if o.assignee?has_content><@person name=o.assignee display=(o.assigneeName!o.assignee)/></#if></td>
                  <td class="lpodesk-date"><#if o.vendorDue?has_content><@lpo.day o.vendorDue/></#if></td>
                  <td class="lpodesk-number">${(o.hours!0)?string("0.##")}</td>
                  <td class="lpodesk-number">${(o.revisionRound!0)?c}</td>
               </tr>
            </#list>
            </tbody>
         </table>
         </#if>
      </div>

      <#-- Approvals: valid and voided -->
      <div class="lpodesk-case-section lpodesk-case-approvals">
         <h2>${msg("section.approvals")}</h2>
         <#if (s.approvals![])?size == 0>
            <div class="lpodesk-message">${msg("label.no-approvals")}</div>
         <#else>
         <div class="lpodesk-message">${msg("label.ready-to-file", s.documentsReadyToFile!0)}</div>
         <table class="lpodesk-table">
            <thead><tr><th>${msg("column.document")}</th><th>${msg("column.state")}</th><th>${msg("column.approver")}</th><th>${msg("column.version")}</th><th>${msg("column.reviewed")}</th></tr></thead>
            <tbody>
            <#list s.approvals as a>
               <tr class="lpodesk-approval-${(a.state!"")?lower_case?html}">
                  <td><@doc nodeRef=a.nodeRef name=a.name/></td>
                  <td>${(a.stateLabel!a.state!"")?html}</td>
                  <td><#if a.approver?has_content><@person name=a.approver display=(a.approverName!a.approver)/></#if></td>
                  <td>${(a.approvedVersion!"")?html} (${(a.currentVersion!"")?html})</td>
                  <td><@instant a.reviewedAt!""/></td>
               </tr>
            </#list>
            </tbody>
         </table>
         </#if>
      </div>
      </div>

      <div class="lpodesk-case-side">
      <#-- Documents: per sub-folder, and the latest -->
      <div class="lpodesk-case-section lpodesk-case-documents">
         <h2>${msg("section.documents")}</h2>
         <table class="lpodesk-table">
            <thead><tr><th>${msg("column.folder")}</th><th class="lpodesk-number">${msg("column.count")}</th></tr></thead>
            <tbody>
            <#list s.folders![] as f>
               <tr>
                  <td><#if f.libraryPath?has_content && site?has_content><a class="theme-color-1" href="${pageBase}/documentlibrary?path=${f.libraryPath?url}">${f.name?html}</a><#else>${f.name?html}</#if></td>
                  <td class="lpodesk-number">${(f.documents!0)?c}</td>
               </tr>
            </#list>
            </tbody>
         </table>
         <h3>${msg("label.latest")}</h3>
         <#if (s.latestDocuments![])?size == 0>
            <div class="lpodesk-message">${msg("label.no-documents")}</div>
         <#else>
         <ul class="lpodesk-latest">
         <#list s.latestDocuments as d>
            <li><@doc nodeRef=d.nodeRef name=d.name/> <span class="lpodesk-secondary">${(d.typeLabel!"")?html}<#if d.folder?has_content> &middot; ${d.folder?html}</#if> &middot; <@instant d.modified!""/><#if d.modifierName?has_content> &middot; ${d.modifierName?html}</#if></span></li>
         </#list>
         </ul>
         </#if>
      </div>

      <#-- Recent activity: shares, revokes, approvals, filings, status moves -->
      <div class="lpodesk-case-section lpodesk-case-events">
         <h2>${msg("section.events")}</h2>
         <#if (s.events![])?size == 0>
            <div class="lpodesk-message">${msg("label.no-events")}</div>
         <#else>
         <ul class="lpodesk-events">
         <#list s.events as e>
            <li><span class="lpodesk-secondary"><@instant e.at!""/></span> ${(e.whoName!e.who!"")?html}: ${(e.label!"")?html}<#if e.document?has_content> &middot; ${e.document?html}</#if><#if e.detail?has_content> <span class="lpodesk-secondary">(${e.detail?html})</span></#if></li>
         </#list>
         </ul>
         </#if>
      </div>
      </div>
      </div>
   </#if>
   </div>
   </@>
</@>
