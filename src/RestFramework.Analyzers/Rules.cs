// Provides the diagnostics of RestFramework's analyzers: stable IDs, the runtime's wording and the fix.
using Microsoft.CodeAnalysis;

namespace RestFramework.Analyzers;

/// <summary>The rules, each a mistake the framework rejects at start-up or on the first request, or silently ignores.</summary>
internal static class Rules
{
    private const string ViewSets = "RestFramework.ViewSets";
    private const string Serializers = "RestFramework.Serializers";
    private const string Filters = "RestFramework.Filters";
    private const string Generics = "RestFramework.Generics";

    public static readonly DiagnosticDescriptor ActionOnStandardAction = Rule(
        "RF1001", ViewSets, "[Action] on a standard action",
        "Cannot use the [Action] attribute on {0}, as '{1}' is an existing route: rename it, or override the standard action's method instead",
        "The standard actions (list, create, retrieve, update, partial_update, destroy) are routed by the router; an extra action of the same name fails at start-up.");

    public static readonly DiagnosticDescriptor ActionWithoutDetail = Rule(
        "RF1002", ViewSets, "[Action] without Detail",
        "[Action] on {0} must set Detail: true for an action on one object, false for one on the list",
        "The router needs to know whether the extra action is routed on the list or on one object; without Detail it fails at start-up.");

    public static readonly DiagnosticDescriptor ActionWithNameAndSuffix = Rule(
        "RF1003", ViewSets, "[Action] with both Name and Suffix",
        "[Action] on {0} sets both Name and Suffix, which are mutually exclusive: keep one",
        "Name replaces the view name and Suffix extends the viewset's; setting both fails at start-up.");

    public static readonly DiagnosticDescriptor ActionSignature = Rule(
        "RF1004", ViewSets, "Extra action method with a wrong signature",
        "{0} method {1} must be an instance method taking one Request and returning ValueTask<Response>",
        "Extra actions are compiled to delegates of ValueTask<Response>(Request) at start-up; any other shape fails there.");

    public static readonly DiagnosticDescriptor MappingWithoutAction = Rule(
        "RF1005", ViewSets, "[ActionMapping] names no [Action] method",
        "[ActionMapping] on {0} names {1}, which is not an [Action] method of {2}: name the [Action] method with nameof",
        "[ActionMapping] adds HTTP methods to an extra action's route; the action is named by its C# method name.");

    public static readonly DiagnosticDescriptor MethodMappedTwice = Rule(
        "RF1006", ViewSets, "HTTP method mapped twice on an extra action's route",
        "Method '{0}' has already been mapped to '.{1}': map each HTTP method of the route once",
        "An extra action's route sends each HTTP method to one method; [Action(Methods)] and [ActionMapping] naming the same one fail at start-up.");

    public static readonly DiagnosticDescriptor UnknownModelField = Rule(
        "RF1010", Serializers, "ModelSerializer field names nothing",
        "Field name `{0}` is not valid for model `{1}` in `{2}`: name a property of {1} in snake_case, or declare the field with Declare",
        "Meta.Fields names model properties in snake_case (PublishedAt is published_at), relations and declared fields; any other name fails when the serializer is first built.");

    public static readonly DiagnosticDescriptor IgnoredModelField = Rule(
        "RF1011", Serializers, "ModelSerializer option names no field",
        "The field '{0}' was included on serializer {1} in '{2}', but does not match any field on the model {3}: it is ignored; name a property of {3} in snake_case or a declared field",
        "Exclude, ReadOnlyFields and ExtraKwargs skip names that match no field, so a misspelt name silently leaves the field as it was.");

    public static readonly DiagnosticDescriptor DeclaredFieldNotInFields = Rule(
        "RF1012", Serializers, "Declared field missing from Fields",
        "The field '{0}' was declared on serializer {1}, but has not been included in the 'fields' option: add it to Fields(...)",
        "With an explicit Fields list every declared field must be listed; otherwise the serializer fails when it is first built.");

    public static readonly DiagnosticDescriptor MetaWithoutFields = Rule(
        "RF1013", Serializers, "ModelSerializer Meta without Fields or Exclude",
        "Creating a ModelSerializer without either the 'fields' attribute or the 'exclude' attribute has been deprecated since 3.3.0, and is now disallowed: call meta.AllFields() (DRF's fields = '__all__'), meta.Fields(...) or meta.Exclude(...) in {0}.Meta",
        "As in DRF 3.3+, a ModelSerializer must say which fields it renders; without Fields, AllFields or Exclude it fails when it is first built.");

    public static readonly DiagnosticDescriptor UnknownFieldPath = Rule(
        "RF1020", Filters, "Field path names no property",
        "'{0}' names no property of {1}; use the property names (snake_case or C#) joined by '__'",
        "SearchFields, OrderingFields, Ordering, FilterFields and LookupField are resolved against the entity type on the first request that uses them; an unknown name fails there.");

    public static readonly DiagnosticDescriptor SearchFieldNotString = Rule(
        "RF1021", Filters, "Search field is not a string",
        "Search field '{0}' of {1} must be a string property, not {2}",
        "SearchFilter matches text; a search field that is not a string property fails on the first search.");

    public static readonly DiagnosticDescriptor OrderingCrossesCollection = Rule(
        "RF1022", Filters, "Ordering crosses a collection",
        "Cannot order {0} by '{1}', which crosses a collection: order by a path through single-valued relations",
        "A path through a collection navigation can filter (with Any) but has no single value to order by; ordering by it fails on the request.");

    public static readonly DiagnosticDescriptor UnsupportedLookup = Rule(
        "RF1023", Filters, "Unsupported filter lookup",
        "Filter '{0}': unsupported lookup '{1}'; use one of {2}, or a method filter",
        "DjangoFilterBackend supports django-filter's common lookups; any other fails when the view's filter set is first built.");

    public static readonly DiagnosticDescriptor TextLookupOnNonString = Rule(
        "RF1024", Filters, "Text lookup on a property that is not a string",
        "Filter '{0}': the '{1}' lookup needs a string property, but {2}.{3} is {4}",
        "iexact, contains, icontains, startswith, istartswith, endswith and iendswith compare text; on another type they fail when the filter set is first built.");

    public static readonly DiagnosticDescriptor InvalidSerializerType = Rule(
        "RF1030", Generics, "Serializer type cannot serve a generic view",
        "{0} must be a concrete Serializer with a parameterless constructor to serve a generic view",
        "Generic views build their serializer with a compiled new(); a type that is not a concrete Serializer with a public parameterless constructor fails on the first request.");

    public static readonly DiagnosticDescriptor InvalidPolicyType = Rule(
        "RF1031", Generics, "Policy type does not implement its interface",
        "{0} does not implement {1}; check the view's policy types",
        "PermissionTypes, AuthenticationTypes, ThrottleTypes, ParserTypes and RendererTypes list classes built per request; a class without the interface fails there.");

    private static DiagnosticDescriptor Rule(string id, string category, string title, string message, string description) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description: description);
}
