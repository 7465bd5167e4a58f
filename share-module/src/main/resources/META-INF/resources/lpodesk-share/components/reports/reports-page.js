/**
 * LPO Desk's reports page in the browser: draws the repository's report (core's figures, never
 * recomputed here) as charts with uPlot and as tables. Colours are the Okabe-Ito palette, which
 * readers with a colour-vision deficiency tell apart; every chart also has a legend with values.
 */
(function()
{
   var Dom = YAHOO.util.Dom, $html = Alfresco.util.encodeHTML;

   /** Okabe-Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow, black */
   var PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

   LPODesk = window.LPODesk || {};

   LPODesk.ReportsPage = function ReportsPage(htmlId)
   {
      LPODesk.ReportsPage.superclass.constructor.call(this, "LPODesk.ReportsPage", htmlId, []);
      return this;
   };

   YAHOO.extend(LPODesk.ReportsPage, Alfresco.component.Base,
   {
      options:
      {
         /** the repository's answer of GET /lpodesk/reports/outsourcing */
         report: null,
         /** [{ kind, label }] of the engaged vendors */
         kinds: []
      },

      onReady: function ReportsPage_onReady()
      {
         var report = this.options.report,
            all = this._rows(function(r) { return r.kind === "ALL"; }),
            periods = all.map(function(r) { return r.period; });
         this._chart("turnaround", periods, [
            { label: this.msg("lpodesk.reports.series.median"), values: all.map(function(r) { return r.turnaroundMedianBusinessHours; }) },
            { label: this.msg("lpodesk.reports.series.p90"), values: all.map(function(r) { return r.turnaroundP90BusinessHours; }) }
         ], "line", function(v) { return v.toFixed(1) + " h"; });
         this._chart("sla", periods, [
            { label: this.msg("lpodesk.reports.series.sla"), values: all.map(function(r) { return percent(r.slaCompliance); }) },
            { label: this.msg("lpodesk.reports.series.buffer"), values: all.map(function(r) { return percent(r.bufferKeptRate); }) }
         ], "line", function(v) { return v.toFixed(1) + " %"; }, [0, 100]);
         this._chart("rework", periods, this._reworkByKind(periods), "points", function(v) { return v.toFixed(1) + " %"; },
            [0, 100]);
         this._chart("cost", periods, this._costSeries(all), "bars", function(v) { return v.toFixed(2); });
         var packages = report.packages || [];
         this._chart("hours", packages.map(function(p) { return p.period; }), [
            { label: this.msg("lpodesk.reports.series.used"), values: packages.map(function(p) { return p.used; }), bars: true },
            { label: this.msg("lpodesk.reports.series.package"), values: packages.map(function(p) { return p.packageHours; }) },
            { label: this.msg("lpodesk.reports.series.overage"), values: packages.map(function(p) { return p.overage; }) }
         ], "mixed", function(v) { return v.toFixed(1) + " h"; });
         this._tables(report);
         this._definitions(report.definitions || {});
      },

      _rows: function ReportsPage__rows(wanted)
      {
         return (this.options.report.rows || []).filter(wanted);
      },

      /** One series per task kind present: the kind's rework rate in each period (gaps where it had no review). */
      _reworkByKind: function ReportsPage__reworkByKind(periods)
      {
         var me = this, byKind = {}, order = [];
         this._rows(function(r) { return r.kind !== "ALL"; }).forEach(function(r)
         {
            if (!byKind[r.kind])
            {
               byKind[r.kind] = {};
               order.push(r.kind);
            }
            byKind[r.kind][r.period] = percent(r.reworkRate);
         });
         return order.map(function(kind)
         {
            return { label: me._kindLabel(kind), values: periods.map(function(p)
            {
               return byKind[kind][p] === undefined ? null : byKind[kind][p];
            }) };
         });
      },

      /** One series per currency: amounts are never added across currencies. */
      _costSeries: function ReportsPage__costSeries(rows)
      {
         var currencies = [];
         rows.forEach(function(r)
         {
            (r.cost || []).forEach(function(m)
            {
               if (currencies.indexOf(m.currency) < 0)
               {
                  currencies.push(m.currency);
               }
            });
         });
         return currencies.map(function(c)
         {
            return { label: c, bars: true, values: rows.map(function(r)
            {
               var m = (r.cost || []).filter(function(x) { return x.currency === c; })[0];
               return m ? m.amount : null;
            }) };
         });
      },

      _kindLabel: function ReportsPage__kindLabel(kind)
      {
         var found = this.options.kinds.filter(function(k) { return k.kind === kind; })[0];
         return kind === "ALL" ? this.msg("lpodesk.reports.kind.ALL") : (found ? found.label : kind);
      },

      _chart: function ReportsPage__chart(name, periods, series, style, format, range)
      {
         var el = Dom.get(this.id + "-" + name);
         if (!el)
         {
            return;
         }
         if (periods.length === 0 || series.length === 0)
         {
            el.innerHTML = '<div class="lpodesk-message">' + $html(this.msg("lpodesk.reports.label.none")) + '</div>';
            return;
         }
         var xs = periods.map(function(p, i) { return i; }),
            data = [xs].concat(series.map(function(s) { return s.values; })),
            bars = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.5, 48] }) : null,
            opts =
            {
               width: 460,
               height: 220,
               scales: { x: { time: false, range: [-0.5, periods.length - 0.5] }, y: range ? { range: range } : {} },
               axes: [
                  // at most about six period labels, so that twelve months do not run into each other
                  { values: function(u, ticks) { return ticks.map(function(t) { return periods[t] !== undefined && t === Math.round(t) ? periods[t] : ""; }); },
                    splits: function() { var every = Math.ceil(xs.length / 6); return xs.filter(function(x) { return x % every === 0; }); } },
                  { values: function(u, ticks) { return ticks.map(function(t) { return format(t); }); }, size: 64 }
               ],
               legend: { live: true },
               series: [{ label: this.msg("lpodesk.reports.col.period"), value: function(u, v) { return v == null ? "" : periods[v]; } }]
            };
         series.forEach(function(s, i)
         {
            var colour = PALETTE[i % PALETTE.length], asBars = style === "bars" || s.bars;
            opts.series.push(
            {
               label: s.label,
               stroke: colour,
               width: 2,
               fill: asBars ? colour + "99" : undefined,
               paths: asBars ? bars : undefined,
               points: { show: style === "points" || periods.length === 1, size: 7, fill: colour },
               spanGaps: false,
               value: function(u, v) { return v == null ? "" : format(v); }
            });
         });
         new uPlot(opts, data, el);
      },

      _tables: function ReportsPage__tables(report)
      {
         var me = this, firm = report.view !== "vendor";
         this._table("indicators", [me.msg("lpodesk.reports.col.period"), me.msg("lpodesk.reports.col.kind"), me.msg("lpodesk.reports.col.requested"), me.msg("lpodesk.reports.col.accepted"), me.msg("lpodesk.reports.col.declined"), me.msg("lpodesk.reports.col.delivered"),
            me.msg("lpodesk.reports.col.cancelled"), me.msg("lpodesk.reports.col.turnaroundMedian"), me.msg("lpodesk.reports.col.turnaroundP90"), me.msg("lpodesk.reports.col.sla")].concat(firm ? [me.msg("lpodesk.reports.col.buffer")] : [])
            .concat([me.msg("lpodesk.reports.col.firstPass"), me.msg("lpodesk.reports.col.rework"), me.msg("lpodesk.reports.col.hours"), me.msg("lpodesk.reports.col.cost")]), (report.rows || []).map(function(r)
         {
            return [r.period, me._kindLabel(r.kind), r.requested, r.accepted, r.declined, r.delivered, r.cancelled,
               hours(r.turnaroundMedianBusinessHours), hours(r.turnaroundP90BusinessHours),
               text(percentText(r.slaCompliance)) + (r.late ? " (" + r.late + ")" : "")].concat(firm ? [percentText(r.bufferKeptRate)] : [])
               .concat([percentText(r.firstPassRate), percentText(r.reworkRate) + (r.meanReworkRounds != null ? " (" + r.meanReworkRounds + ")" : ""),
                  r.hoursLogged, money(r.cost)]);
         }));
         this._table("packages", [me.msg("lpodesk.reports.col.period"), me.msg("lpodesk.reports.col.packageHours"), me.msg("lpodesk.reports.col.hourlyHours"), me.msg("lpodesk.reports.col.used"), me.msg("lpodesk.reports.col.left"), me.msg("lpodesk.reports.col.overage"),
            me.msg("lpodesk.reports.col.overageAmount")], (report.packages || []).map(function(p)
         {
            return [p.period, p.packageHours, p.hourlyHours, p.used, p.left, p.overage, p.overageAmount + " " + p.currency];
         }));
         this._table("attorneys", [me.msg("lpodesk.reports.col.attorney"), me.msg("lpodesk.reports.col.decisions"), me.msg("lpodesk.reports.col.approvals"), me.msg("lpodesk.reports.col.changeRequests"), me.msg("lpodesk.reports.col.decisionMedian")],
            (report.attorneys || []).map(function(a)
         {
            return [a.attorney, a.decisions, a.approvals, a.changeRequests, hours(a.medianDecisionBusinessHours)];
         }));
         this._table("cases", [me.msg("lpodesk.reports.col.case"), me.msg("lpodesk.reports.col.requested"), me.msg("lpodesk.reports.col.delivered"), me.msg("lpodesk.reports.col.hours"), me.msg("lpodesk.reports.col.cost")], (report.cases || []).map(function(c)
         {
            return [c.caseNumber || c.caseId, c.requested, c.delivered, c.hoursLogged, money(c.cost)];
         }));

         function hours(v)
         {
            return v == null ? me.msg("lpodesk.reports.label.nothing") : Number(v).toFixed(1);
         }
         function percentText(v)
         {
            return v == null ? me.msg("lpodesk.reports.label.nothing") : (v * 100).toFixed(1) + " %";
         }
         function text(v)
         {
            return v;
         }
         function money(list)
         {
            return (list || []).length === 0 ? me.msg("lpodesk.reports.label.nothing")
               : list.map(function(m) { return Number(m.amount).toFixed(2) + " " + m.currency; }).join(", ");
         }
      },

      /** heads: the columns' titles, already in the user's language */
      _table: function ReportsPage__table(name, heads, rows)
      {
         var el = Dom.get(this.id + "-" + name), html;
         if (!el)
         {
            return;
         }
         if (rows.length === 0)
         {
            el.innerHTML = '<div class="lpodesk-message">' + $html(this.msg("lpodesk.reports.label.none")) + '</div>';
            return;
         }
         html = '<table class="lpodesk-table"><thead><tr>' + heads.map(function(h) { return "<th>" + $html(h) + "</th>"; }).join("")
            + "</tr></thead><tbody>" + rows.map(function(r)
            {
               return "<tr>" + r.map(function(c, i) { return '<td class="' + (i < 2 ? "text" : "number") + '">' + $html(String(c)) + "</td>"; }).join("") + "</tr>";
            }).join("") + "</tbody></table>";
         el.innerHTML = html;
      },

      _definitions: function ReportsPage__definitions(definitions)
      {
         var el = Dom.get(this.id + "-definitions"), html = "", key;
         for (key in definitions)
         {
            if (definitions.hasOwnProperty(key))
            {
               html += "<dd>" + $html(definitions[key]) + "</dd>";
            }
         }
         if (el)
         {
            el.innerHTML = html;
         }
      }
   });

   function percent(rate)
   {
      return rate == null ? null : rate * 100;
   }
})();
