// Ports DRF 3.14's relational fields: primary key, slug and string relations, with many=True, and their exact messages (recorded from DRF).
using System.Text.Json.Nodes;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;
using RestFramework.Tests.Fields;
using RestFramework.Tests.Serializers;

namespace RestFramework.Tests.Relations;

public sealed class RelationFieldTests
{
    [Theory]
    [InlineData("pk", "1", "OK 1")]
    [InlineData("pk", "\"2\"", "OK 2")]
    [InlineData("pk", "9", """ERR ["Invalid pk \"9\" - object does not exist."]""")]
    [InlineData("pk", "\"x\"", """ERR ["Incorrect type. Expected pk value, received str."]""")]
    [InlineData("pk", "true", """ERR ["Incorrect type. Expected pk value, received bool."]""")]
    [InlineData("pk", "[1]", """ERR ["Incorrect type. Expected pk value, received list."]""")]
    [InlineData("pk", "{}", """ERR ["Incorrect type. Expected pk value, received dict."]""")]
    [InlineData("pk", "1.5", "OK 1")]
    [InlineData("pk", "2147483648", """ERR ["Invalid pk \"2147483648\" - object does not exist."]""")]
    [InlineData("pk", "99999999999999999999999", """ERR ["Invalid pk \"99999999999999999999999\" - object does not exist."]""")]
    [InlineData("pk", "\"-99999999999999999999999\"", """ERR ["Invalid pk \"-99999999999999999999999\" - object does not exist."]""")]
    [InlineData("pk", "1e400", """ERR ["Incorrect type. Expected pk value, received float."]""")]
    [InlineData("pk", "\"1.5\"", """ERR ["Incorrect type. Expected pk value, received str."]""")]
    [InlineData("pk_many", "[null]", """ERR ["Invalid pk \"None\" - object does not exist."]""")]
    [InlineData("slug_many", "[null]", """ERR ["Object with name=None does not exist."]""")]
    [InlineData("slug", "5", """ERR ["Object with name=5 does not exist."]""")]
    [InlineData("pk", "null", """ERR ["This field may not be null."]""")]
    [InlineData("pk", "\"\"", """ERR ["This field may not be null."]""")]
    [InlineData("pk_many", "[1,2]", "OK [1,2]")]
    [InlineData("pk_many", "[1,99,98]", """ERR ["Invalid pk \"99\" - object does not exist."]""")]
    [InlineData("pk_many", "\"x\"", """ERR ["Expected a list of items but got type \"str\"."]""")]
    [InlineData("pk_many", "[]", "OK []")]
    [InlineData("pk_many_not_empty", "[]", """ERR ["This list may not be empty."]""")]
    [InlineData("slug", "\"fiction\"", "OK \"fiction\"")]
    [InlineData("slug", "\"x\"", """ERR ["Object with name=x does not exist."]""")]
    [InlineData("slug", "[1]", """ERR ["Object with name=[1] does not exist."]""")]
    [InlineData("slug", "{}", """ERR ["Object with name={} does not exist."]""")]
    [InlineData("slug", "true", """ERR ["Object with name=True does not exist."]""")]
    [InlineData("slug", "2.5", """ERR ["Object with name=2.5 does not exist."]""")]
    [InlineData("slug", "{\"a\":[null,1.5,\"it's\"]}", """ERR ["Object with name={'a': [None, 1.5, \"it's\"]} does not exist."]""")]
    [InlineData("slug_many", "[\"classic\",\"fiction\"]", "OK [\"classic\",\"fiction\"]")]
    public void Related_input_is_looked_up_with_drf_messages(string variant, string input, string expected)
    {
        using var db = ShopDb.Seed();
        var root = new Holder { Context = new SerializerContext { DbContext = db } };
        Field field = variant switch
        {
            "pk" => new PrimaryKeyRelatedField<Tag>(),
            "pk_many" => new PrimaryKeyRelatedField<Tag> { Many = true },
            "pk_many_not_empty" => new PrimaryKeyRelatedField<Tag> { Many = true, AllowEmpty = false },
            "slug" => new SlugRelatedField<Tag>("name"),
            _ => new SlugRelatedField<Tag>("name") { Many = true },
        };
        field.Bind("f", null);
        Assert.Equal(expected, Run(field, input, root));
    }

    [Fact]
    public void String_related_field_renders_to_string_and_is_read_only()
    {
        var field = new StringRelatedField { Many = true };
        field.Bind("tags", null);
        Assert.True(field.ReadOnly);
        Assert.Equal("""["fiction","classic"]""", FieldCheck.Render(field.ToRepresentation(new[] { new Tag { Name = "fiction" }, new Tag { Name = "classic" } }, null)));
    }

    [Fact]
    public void Queryset_and_read_only_together_are_refused() =>
        Assert.Equal("Relational fields should not provide a `queryset` argument, when setting read_only=`True`.",
            Assert.Throws<InvalidOperationException>(() => new PrimaryKeyRelatedField<Tag> { ReadOnly = true, Queryset = c => c.DbContext!.Set<Tag>() }.Bind("f", null)).Message);

    [Fact]
    public void A_writable_relation_without_queryset_or_database_is_a_developer_error()
    {
        var field = new PrimaryKeyRelatedField<Tag> { KeyProperty = "Id" };
        field.Bind("f", null);
        Assert.Equal("Relational field must provide a `queryset` argument, override `get_queryset`, or set read_only=`True`.",
            Assert.Throws<InvalidOperationException>(() => field.RunValidation(JsonNode.Parse("1"), new Holder())).Message);
    }

    [Fact]
    public void Custom_queryset_limits_what_input_may_refer_to()
    {
        using var db = ShopDb.Seed();
        var field = new PrimaryKeyRelatedField<Tag> { Queryset = c => ((ShopDb)c.DbContext!).Tags.Where(t => t.Name != "classic") };
        field.Bind("f", null);
        Assert.Equal("""ERR ["Invalid pk \"2\" - object does not exist."]""", Run(field, "2", new Holder { Context = new SerializerContext { DbContext = db } }));
    }

    private static string Run(Field field, string json, Serializer root)
    {
        try
        {
            var value = field.RunValidation(JsonNode.Parse(json), root);
            return "OK " + FieldCheck.Render(value is null ? null : field.ToRepresentation(value, root));
        }
        catch (RestFramework.Exceptions.ValidationError error)
        {
            return "ERR " + FieldCheck.Render(error.Detail);
        }
    }

    private sealed class Holder : Serializer<object>
    {
        protected override void Configure(FieldBuilder fields)
        {
        }
    }
}
