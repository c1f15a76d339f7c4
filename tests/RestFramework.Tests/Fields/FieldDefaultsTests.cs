// Ports DRF 3.14's context-aware defaults: CurrentUserDefault and CreateOnlyDefault.
using System.Text.Json.Nodes;
using RestFramework.Fields;
using RestFramework.Serializers;
using RestFramework.Tests.Serializers;

namespace RestFramework.Tests.Fields;

public sealed class FieldDefaultsTests
{
    private sealed class OwnedSerializer : Serializer<object>
    {
        protected override void Configure(FieldBuilder fields) => fields
            .Add("owner", new HiddenField(new CurrentUserDefault()))
            .Add("created", new CharField { Default = new CreateOnlyDefault("now") });
    }

    [Fact]
    public void Current_user_default_takes_the_request_user()
    {
        var request = TestRequests.Create();
        var serializer = new OwnedSerializer { InitialData = JsonNode.Parse("{}"), Context = new SerializerContext { Request = request } };
        Assert.True(serializer.IsValid());
        Assert.Same(request.User, serializer.ValidatedData["owner"]);
        Assert.Equal("now", serializer.ValidatedData["created"]);
    }

    [Fact]
    public void Create_only_default_is_skipped_on_update()
    {
        var serializer = new OwnedSerializer { Instance = new object(), InitialData = JsonNode.Parse("{}"), Context = new SerializerContext { Request = TestRequests.Create() } };
        Assert.True(serializer.IsValid());
        Assert.False(serializer.ValidatedData.ContainsKey("created"));
    }

    [Fact]
    public void Current_user_default_without_a_request_is_a_developer_error()
    {
        var serializer = new OwnedSerializer { InitialData = JsonNode.Parse("{}") };
        Assert.Equal("CurrentUserDefault requires `Request` in the serializer context.", Assert.Throws<InvalidOperationException>(() => serializer.IsValid()).Message);
    }
}
