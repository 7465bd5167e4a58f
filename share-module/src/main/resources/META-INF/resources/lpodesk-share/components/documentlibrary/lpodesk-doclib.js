/**
 * LPO Desk document-library extensions (loaded through DocLibCustom in
 * META-INF/share-config-custom.xml):
 *  - onActionLpodeskOutsource: start immOutsourcing from a case document (the document and its
 *    case filled in) or from a case folder (the case filled in);
 *  - onActionLpodeskRequestReview: start immAttorneyReview with the document;
 *  - the "lpodesk_deadline" metadata renderer: days left until a USCIS notice's response deadline.
 *
 * Both actions open the workflow's own start form (itemKind=workflow, dialogs.js), so the form
 * and its validation are the same as on the Start Workflow page. An outsourcing request is then sent to
 * the repository's validated start (POST /lpodesk/outsourcing, body built by
 * LPODesk.outsourcing.requestBody), which refuses with every reason before anything is shared;
 * an attorney review starts through the workflow form processor.
 * ES5 only: Share's client code runs in every browser Share supports.
 */
(function()
{
   var Dom = YAHOO.util.Dom,
      $html = Alfresco.util.encodeHTML;

   /** Days between today (local midnight) and an ISO 8601 date, negative when past. */
   var daysUntil = function LPODesk_daysUntil(iso)
   {
      var due = Alfresco.util.fromISO8601(iso),
         today = new Date();
      today.setHours(0, 0, 0, 0);
      due.setHours(0, 0, 0, 0);
      return Math.round((due.getTime() - today.getTime()) / 86400000);
   };

   /** Window, in days, within which a deadline counts as "soon" */
   var DEADLINE_SOON_DAYS = 14;

   /**
    * The case folder a node belongs to: the node itself when it is a case, else the nearest
    * imm:case on its path (Alfresco's public REST API returns the path with node types).
    */
   var findCase = function LPODesk_findCase(record, callback, scope)
   {
      if (record.node.type === "imm:case")
      {
         callback.call(scope, record.nodeRef);
         return;
      }
      var id = record.nodeRef.split("/").pop();
      Alfresco.util.Ajax.jsonGet(
      {
         url: Alfresco.constants.PROXY_URI.replace("/alfresco/", "/alfresco-api/") +
            "-default-/public/alfresco/versions/1/nodes/" + encodeURIComponent(id) + "?include=path",
         successCallback:
         {
            fn: function LPODesk_findCase_success(response)
            {
               var elements = response.json.entry.path.elements, caseRef = null, i;
               for (i = elements.length - 1; i >= 0 && caseRef === null; i--)
               {
                  if (elements[i].nodeType === "imm:case")
                  {
                     caseRef = "workspace://SpacesStore/" + elements[i].id;
                  }
               }
               callback.call(scope, caseRef);
            },
            scope: this
         },
         failureCallback:
         {
            fn: function LPODesk_findCase_failure()
            {
               // Without the path the user fills the case in on the form
               callback.call(scope, null);
            },
            scope: this
         }
      });
   };

   YAHOO.Bubbling.fire("registerAction",
   {
      actionName: "onActionLpodeskOutsource",
      fn: function LPODesk_onActionOutsource(record)
      {
         var isCase = record.node.type === "imm:case";
         findCase(record, function(caseRef)
         {
            LPODesk.outsourcing.outsource(this, caseRef, isCase ? [] : [record.nodeRef]);
         }, this);
      }
   });

   YAHOO.Bubbling.fire("registerAction",
   {
      actionName: "onActionLpodeskRequestReview",
      fn: function LPODesk_onActionRequestReview(record)
      {
         LPODesk.outsourcing.startWorkflowDialog(this,
         {
            definition: "activiti$immAttorneyReview",
            dialogId: "lpodesk-request-review",
            titleKey: "lpodesk.request-review.title",
            submitKey: "lpodesk.request-review.submit",
            successKey: "message.lpodesk-request-review.success",
            failureKey: "message.lpodesk-request-review.failure",
            items: [record.nodeRef],
            values: {}
         });
      }
   });

   /**
    * "Create..." offers an immigration client only at the library root or in a folder named as the
    * firm's clients folder, and an immigration case only inside a client: the entries are hidden
    * elsewhere each time the document list shows another folder.
    */
   var createEntryAllowed = function LPODesk_createEntryAllowed(href, folder)
   {
      var type = folder ? folder.type : null,
         props = folder && folder.properties ? folder.properties : {},
         name = props["cm:name"] || props.cm_name || "";
      if (href.indexOf("itemId=imm:client") !== -1)
      {
         return type === "cm:folder" && (name === "documentLibrary" || name === Alfresco.util.message("lpodesk.clients-folder.name"));
      }
      if (href.indexOf("itemId=imm:case") !== -1)
      {
         return type === "imm:client";
      }
      return true;
   };

   /**
    * Inside a case folder (reached by browsing or from a search result) the breadcrumb gets a link
    * to the case's page, where its status, deadlines, notices and outsourced work are.
    */
   /** The case folder the library shows now, else null */
   var currentCase = null;

   /** Puts the case page link at the end of the toolbar's breadcrumb, once */
   var showCaseBanner = function LPODesk_showCaseBanner()
   {
      var toolbar = Alfresco.util.ComponentManager.findFirst("Alfresco.DocListToolbar"),
         breadcrumb = toolbar ? Dom.get(toolbar.id + "-breadcrumb") : null,
         banner = Dom.get("lpodesk-case-banner"),
         props, number;
      if (banner)
      {
         banner.parentNode.removeChild(banner);
      }
      if (!breadcrumb || !currentCase)
      {
         return;
      }
      props = currentCase.properties || {};
      number = props["imm:caseNumber"] || props.imm_caseNumber || "";
      banner = document.createElement("span");
      banner.id = "lpodesk-case-banner";
      banner.className = "lpodesk-case-banner";
      banner.innerHTML = '<a class="theme-color-1" href="' + Alfresco.util.siteURL("lpodesk-case?nodeRef=" + encodeURIComponent(currentCase.nodeRef)) + '">' +
         $html(Alfresco.util.message("lpodesk.case-page.link", null, number)) + "</a>";
      breadcrumb.appendChild(banner);
   };

   YAHOO.Bubbling.on("doclistMetadata", function LPODesk_caseBanner(layer, args)
   {
      var folder = args[1] && args[1].metadata ? args[1].metadata.parent : null;
      currentCase = folder && folder.type === "imm:case" ? folder : null;
      showCaseBanner();
   });

   /*
    * The toolbar redraws its breadcrumb when the folder tree has loaded, through a method reference it
    * took at construction (so the wrapper below never sees that call), and after this handler, which
    * subscribed first: a live Share lost the link there. The banner is put back once every handler ran.
    */
   YAHOO.Bubbling.on("docLibTreeLoadComplete", function LPODesk_caseBannerAfterTree()
   {
      YAHOO.lang.later(0, null, showCaseBanner);
   });

   /*
    * The toolbar draws its breadcrumb again when the folder tree has loaded (a live Share did so after
    * the banner was added, and the link was gone): the banner follows every redraw
    */
   YAHOO.util.Event.onDOMReady(function LPODesk_followBreadcrumb()
   {
      if (!Alfresco.DocListToolbar || Alfresco.DocListToolbar.prototype.lpodeskCaseBanner)
      {
         return;
      }
      var generate = Alfresco.DocListToolbar.prototype._generateBreadcrumb;
      Alfresco.DocListToolbar.prototype.lpodeskCaseBanner = true;
      Alfresco.DocListToolbar.prototype._generateBreadcrumb = function LPODesk_generateBreadcrumb()
      {
         var result = generate.apply(this, arguments);
         showCaseBanner();
         return result;
      };
   });

   YAHOO.Bubbling.on("doclistMetadata", function LPODesk_onDoclistMetadata(layer, args)
   {
      var folder = args[1] && args[1].metadata ? args[1].metadata.parent : null,
         toolbar = Alfresco.util.ComponentManager.findFirst("Alfresco.DocListToolbar"),
         items, i, anchors;
      if (!toolbar || !toolbar.widgets || !toolbar.widgets.createContent)
      {
         return;
      }
      items = toolbar.widgets.createContent.getMenu().getItems();
      for (i = 0; i < items.length; i++)
      {
         anchors = items[i].element.getElementsByTagName("a");
         if (anchors.length > 0)
         {
            if (createEntryAllowed(anchors[0].getAttribute("href") || "", folder))
            {
               Dom.removeClass(items[i].element, "hidden");
            }
            else
            {
               Dom.addClass(items[i].element, "hidden");
            }
         }
      }
   });

   /**
    * No public link is offered where the repository refuses one (PublicLinkGuard): on a client
    * document (any imm type) and on anything in an LPO vendor's site. The document list's social
    * line asks Alfresco.DocumentList.generateQuickShare for the "Share" link of every row.
    */
   var VENDOR_SITE_PRESET = "lpodesk-vendor-site-dashboard";
   if (Alfresco.DocumentList && Alfresco.DocumentList.generateQuickShare)
   {
      var shareLink = Alfresco.DocumentList.generateQuickShare;
      Alfresco.DocumentList.generateQuickShare = function LPODesk_generateQuickShare(scope, record)
      {
         var type = record.node ? String(record.node.type) : "",
            site = record.location ? record.location.site : null;
         if (type.indexOf("imm:") === 0 || (site && site.preset === VENDOR_SITE_PRESET))
         {
            return "";
         }
         return shareLink.apply(this, arguments);
      };
   }

   YAHOO.Bubbling.fire("registerRenderer",
   {
      propertyName: "lpodesk_deadline",
      renderer: function LPODesk_deadlineRenderer(record, label)
      {
         var deadline = record.jsNode.properties.imm_responseDeadline,
            iso = deadline && deadline.iso8601 ? deadline.iso8601 : deadline,
            rule = record.jsNode.properties.imm_responseDeadlineRule || "",
            days, text, css;
         if (!iso)
         {
            return "";
         }
         days = daysUntil(iso);
         if (days > DEADLINE_SOON_DAYS)
         {
            return "";
         }
         if (days < 0)
         {
            text = this.msg("lpodesk.deadline.overdue", -days);
            css = "lpodesk-deadline-overdue";
         }
         else if (days === 0)
         {
            text = this.msg("lpodesk.deadline.today");
            css = "lpodesk-deadline-soon";
         }
         else
         {
            text = this.msg("lpodesk.deadline.soon", days);
            css = "lpodesk-deadline-soon";
         }
         return '<span class="lpodesk-deadline ' + css + '" title="' + $html(rule) + '">' + $html(text) + '</span>';
      }
   });
})();
