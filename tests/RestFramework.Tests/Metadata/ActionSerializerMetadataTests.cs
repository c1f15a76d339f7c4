using Microsoft.AspNetCore.Builder;
using RestFramework.Fields;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Routers;
using RestFramework.Serializers;
using RestFramework.Testing;
using RestFramework.Tests.Generics;
using RestFramework.ViewSets;

namespace RestFramework.Tests.Metadata;

// DRF's @action(serializer_class=...) sets the viewset's serializer_class on that route, so OPTIONS on the route describes it.
public sealed class ActionSerializerMetadataTests
{
    public sealed class RenameSerializer : Serializer
    {
        protected override void Configure(FieldBuilder fields) => fields.Add("new_title", new CharField { MaxLength = 20 });
    }

    public sealed class RenamingNoteViewSet : ModelViewSet<Note>
    {
        public override Type? SerializerType => typeof(NoteSerializer);

        [Action(Detail = true, Methods = ["post"], SerializerType = typeof(RenameSerializer))]
        public ValueTask<Response> Rename(Request request) => ValueTask.FromResult(new Response(null));

        [Action(Detail = false, Methods = ["post"])]
        public ValueTask<Response> Bulk(Request request) => ValueTask.FromResult(new Response(null));
    }

    private static Task<ApiTestHost> Host() => ApiTestHost.StartAsync(
        e => e.MapRouter("", new SimpleRouter().Register<RenamingNoteViewSet>("notes")),
        services: NotesDb.Register);

    [Fact]
    public async Task Options_on_an_action_with_its_own_serializer_describes_that_serializer()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.OptionsAsync("/notes/1/rename/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            "{\"POST\":{\"new_title\":{\"type\":\"string\",\"required\":true,\"read_only\":false,\"label\":\"New title\",\"max_length\":20}}}",
            response.Json()!["actions"]!.ToJsonString());
    }

    [Fact]
    public async Task Options_on_an_action_without_one_describes_the_viewsets_serializer()
    {
        await using var host = await Host();
        using var client = host.CreateClient();

        var response = await client.OptionsAsync("/notes/bulk/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["id", "title", "body", "rank", "category"], response.Json()!["actions"]!["POST"]!.AsObject().Select(p => p.Key));
    }
}
