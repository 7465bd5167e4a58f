/**
 * LPO Desk: the PERM timeline picture of the case page, drawn as SVG from what the repository
 * computed (GET /lpodesk/cases/perm): each recruitment step a bar on a date axis, the ETA-9089
 * filing window shaded, today and the filing day as lines, the open clocks as marks with their
 * label in a tooltip. Nothing is computed here but positions. ES5 only.
 */
var LPODesk = LPODesk || {};

(function()
{
   var SVG = "http://www.w3.org/2000/svg",
      DAY = 86400000,
      WIDTH = 760,
      LEFT = 200,
      ROW = 20,
      TOP = 26;

   /** A calendar date "2026-02-02" as a UTC instant: the same picture in every browser zone */
   var utc = function LPODesk_permTimeline_utc(iso)
   {
      var p = String(iso).substring(0, 10).split("-");
      return Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2]));
   };

   var element = function LPODesk_permTimeline_element(name, attributes, parent)
   {
      var e = document.createElementNS(SVG, name), key;
      for (key in attributes)
      {
         if (attributes.hasOwnProperty(key))
         {
            e.setAttribute(key, String(attributes[key]));
         }
      }
      if (parent)
      {
         parent.appendChild(e);
      }
      return e;
   };

   var text = function LPODesk_permTimeline_text(parent, x, y, content, attributes)
   {
      var t = element("text", attributes || {}, parent);
      t.setAttribute("x", x);
      t.setAttribute("y", y);
      t.appendChild(document.createTextNode(content));
      return t;
   };

   var title = function LPODesk_permTimeline_title(parent, content)
   {
      var t = element("title", {}, parent);
      t.appendChild(document.createTextNode(content));
   };

   LPODesk.permTimeline =
   {
      /**
       * @param container the element to draw in
       * @param data      { steps: [{label, start, end, additional}], clocks: [{label, date, open, urgency}],
       *                    earliest, latest, filedOn, today } (dates ISO, "" when absent)
       * @param words     { today, filed, window } labels from the message bundle
       */
      draw: function LPODesk_permTimeline_draw(container, data, words)
      {
         var days = [], i, from, to, scale, height, svg, y, s, x1, x2, c, mark, month, tick, label;
         if (!container || !data)
         {
            return;
         }
         for (i = 0; i < data.steps.length; i++)
         {
            days.push(utc(data.steps[i].start), utc(data.steps[i].end));
         }
         for (i = 0; i < data.clocks.length; i++)
         {
            // clocks that bind the case; the audit file's five-year retention would crush the picture
            if (data.clocks[i].urgency)
            {
               days.push(utc(data.clocks[i].date));
            }
         }
         if (data.earliest)
         {
            days.push(utc(data.earliest), utc(data.latest));
         }
         if (data.filedOn)
         {
            days.push(utc(data.filedOn));
         }
         if (days.length === 0)
         {
            return;
         }
         from = Math.min.apply(Math, days) - 7 * DAY;
         to = Math.max.apply(Math, days) + 7 * DAY;
         scale = function(day)
         {
            return LEFT + (WIDTH - LEFT - 10) * (day - from) / (to - from);
         };
         height = TOP + ROW * (data.steps.length + 1) + 10;
         svg = element("svg", { width: WIDTH, height: height, viewBox: "0 0 " + WIDTH + " " + height, "class": "lpodesk-perm-svg" }, container);

         // month ticks on the axis
         month = new Date(from);
         month = Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1);
         for (tick = month; tick < to; tick = Date.UTC(new Date(tick).getUTCFullYear(), new Date(tick).getUTCMonth() + 1, 1))
         {
            element("line", { x1: scale(tick), x2: scale(tick), y1: TOP - 6, y2: height - 4, "class": "lpodesk-perm-tick" }, svg);
            label = new Date(tick);
            text(svg, scale(tick) + 2, TOP - 10, (label.getUTCMonth() + 1) + "/" + label.getUTCFullYear(), { "class": "lpodesk-perm-tick-label" });
         }

         // the filing window
         if (data.earliest && data.latest && utc(data.earliest) <= utc(data.latest))
         {
            x1 = scale(utc(data.earliest));
            x2 = scale(utc(data.latest) + DAY);
            title(element("rect", { x: x1, y: TOP - 4, width: Math.max(2, x2 - x1), height: height - TOP, "class": "lpodesk-perm-window" }, svg),
               words.window + ": " + data.earliest + " \u2013 " + data.latest);
         }

         // the steps, one row each, in the order the repository gave them
         for (i = 0; i < data.steps.length; i++)
         {
            s = data.steps[i];
            y = TOP + ROW * i;
            text(svg, 4, y + 13, s.label, { "class": "lpodesk-perm-step-label" });
            x1 = scale(utc(s.start));
            x2 = scale(utc(s.end) + DAY);
            title(element("rect", { x: x1, y: y + 3, width: Math.max(3, x2 - x1), height: ROW - 6,
               "class": s.additional ? "lpodesk-perm-step lpodesk-perm-additional" : "lpodesk-perm-step" }, svg),
               s.label + ": " + s.start + (s.end !== s.start ? " \u2013 " + s.end : ""));
         }

         // today, the filing day, and the clocks still open
         y = TOP + ROW * data.steps.length;
         if (data.today)
         {
            x1 = scale(utc(data.today));
            if (x1 >= LEFT && x1 <= WIDTH)
            {
               title(element("line", { x1: x1, x2: x1, y1: TOP - 4, y2: height - 4, "class": "lpodesk-perm-today" }, svg), words.today + ": " + data.today);
            }
         }
         if (data.filedOn)
         {
            x1 = scale(utc(data.filedOn));
            title(element("line", { x1: x1, x2: x1, y1: TOP - 4, y2: height - 4, "class": "lpodesk-perm-filed" }, svg), words.filed + ": " + data.filedOn);
         }
         for (i = 0; i < data.clocks.length; i++)
         {
            c = data.clocks[i];
            if (!c.urgency || !c.open)
            {
               continue;
            }
            x1 = scale(utc(c.date));
            mark = element("path", { d: "M" + x1 + " " + (y + 4) + " l6 10 l-12 0 z",
               "class": "lpodesk-perm-clock lpodesk-urgency-" + c.urgency.toLowerCase() }, svg);
            title(mark, c.label + ": " + c.date);
         }
      }
   };
})();
