/**
 * LPO Desk form validation handlers (loaded on every Share page with a form through the
 * "forms" dependencies in META-INF/share-config-custom.xml).
 *
 * The repository checks a REGEX constraint with Java's Matcher.matches(), i.e. against the whole
 * value. Share's stock handler (Alfresco.forms.validation.repoRegexMatch) uses RegExp.test(),
 * which also accepts a value that merely contains a match ("XEAC2190012345X" for a receipt
 * number), so the user would only learn of the mistake from a failed save. This handler applies
 * the model's expression to the whole value, as the repository will.
 */
var LPODesk = LPODesk || {};
LPODesk.forms = LPODesk.forms || {};
LPODesk.forms.validation = LPODesk.forms.validation || {};

(function()
{
   /**
    * Validation handler for fields whose model property has a REGEX constraint. Share passes the
    * constraint's parameters from the repository's form model: expression and requiresMatch.
    *
    * @param field {object} the input element (anything with a "value")
    * @param args {object} { expression: string, requiresMatch: boolean|string }
    * @return {boolean} true when the field is empty or the whole value satisfies the constraint
    */
   LPODesk.forms.validation.modelRegex = function LPODesk_modelRegex(field, args, event, form, silent, message)
   {
      var value = field.value;
      if (value === undefined || value === null || value.length === 0)
      {
         // Emptiness is the mandatory handler's business, as in Share's own handlers
         return true;
      }
      if (!args || typeof args.expression !== "string")
      {
         return true;
      }
      var whole = new RegExp("^(?:" + args.expression + ")$"),
         matches = whole.test(value),
         requiresMatch = !(args.requiresMatch === false || args.requiresMatch === "false");
      return requiresMatch ? matches : !matches;
   };
})();
