// Provides the views of the browsable API tests: hostile names and values everywhere, and a plain view.
using RestFramework.Fields;
using RestFramework.Generics;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Serializers;
using RestFramework.Tests.Generics;
using RestFramework.Views;

namespace RestFramework.Tests.BrowsableApi;

public static class Evil
{
    public const string Script = "<script>alert(\"x\")</script>'";
}

/// <summary>A serializer whose field name, label, help text, choices and error messages all carry markup.</summary>
public sealed class EvilSerializer : Serializer<Note>
{
    protected override void Configure(FieldBuilder fields) => fields
        .Add("<b>name</b>", new CharField
        {
            Label = "Label " + Evil.Script,
            HelpText = "Help " + Evil.Script,
            MaxLength = 10,
            ErrorMessages = new Dictionary<string, string> { ["max_length"] = "Error " + Evil.Script },
        })
        .Add("kind", new ChoiceField(new KeyValuePair<object, string>("a\"b", "Display " + Evil.Script)) { Label = "Kind" })
        .Add("flag", new BooleanField());
}

/// <summary>A plain view that echoes data with markup, sets a hostile header and refuses POSTs with hostile errors.</summary>
public sealed class EvilView : ApiView
{
    public override string GetViewName() => "Evil " + Evil.Script;

    public override string GetViewDescription() => "Description " + Evil.Script;

    protected override ValueTask<Response> GetAsync(Request request)
    {
        var response = new Response(new Dictionary<string, object?>
        {
            [Evil.Script] = Evil.Script,
            ["link"] = "http://testserver/x?a=1&b=\"2\"<script>",
            ["safe"] = "http://testserver/evil/",
            ["js"] = "javascript:alert(1)",
        });
        response.Headers["X-Evil"] = Evil.Script;
        return ValueTask.FromResult(response);
    }

    protected override ValueTask<Response> PostAsync(Request request) =>
        ValueTask.FromResult(new Response(new Dictionary<string, object?> { ["<b>name</b>"] = new[] { "Error " + Evil.Script } }, 400));

    protected override ValueTask<Response> DeleteAsync(Request request) => ValueTask.FromResult(new Response(null, 204));
}

/// <summary>A create view over <see cref="EvilSerializer"/> so that its form is generated; tests only submit invalid data.</summary>
public sealed class EvilFormView : CreateApiView<Note>
{
    public override Type? SerializerType => typeof(EvilSerializer);

    public override string GetViewName() => "Evil form";
}
