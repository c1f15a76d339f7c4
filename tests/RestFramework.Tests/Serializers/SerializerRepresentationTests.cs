// Ports DRF 3.14's Serializer representation: field order, nested inline rendering, null handling, skipped optional sources, inheritance order.
using System.Text.Json.Nodes;
using RestFramework.Fields;
using RestFramework.Serializers;
using RestFramework.Tests.Fields;

namespace RestFramework.Tests.Serializers;

public sealed class SerializerRepresentationTests
{
    private static Person Sample() => new()
    {
        Id = 1, Name = "ann", Age = 3, Email = null, Nickname = "n", Address = new Address { City = "Oslo" },
        Inner = new InnerObject { X = 5 }, Inners = [new InnerObject { X = 5 }, new InnerObject { X = 5 }], Tags = [1, 2],
    };

    [Fact]
    public void Data_renders_fields_in_declaration_order_with_nested_inline()
    {
        var serializer = new PersonSerializer { Instance = Sample() };
        const string Expected = """{"id":1,"name":"ann","age":3,"email":null,"nickname":"n","city":"Oslo","inner":{"x":5},"inners":[{"x":5},{"x":5}],"tags":[1,2]}""";
        Assert.Equal(Expected, FieldCheck.Render(serializer.Data));
        Assert.Equal(Expected, FieldCheck.Render(new PersonSerializer { Instance = Sample() }.ToJson()));
    }

    [Fact]
    public void Null_nested_renders_null_and_optional_source_through_null_is_skipped()
    {
        var person = Sample();
        person.Inner = null;
        person.Address = null;
        Assert.Equal("""{"id":1,"name":"ann","age":3,"email":null,"nickname":"n","inner":null,"inners":[{"x":5},{"x":5}],"tags":[1,2]}""",
            FieldCheck.Render(new PersonSerializer { Instance = person }.Data));
    }

    [Fact]
    public void Many_renders_a_list()
    {
        var serializer = new InnerSerializer { Many = true, Instance = new[] { new InnerObject { X = 1 }, new InnerObject { X = 2 } } };
        Assert.Equal("""[{"x":1},{"x":2}]""", FieldCheck.Render(serializer.Data));
    }

    [Fact]
    public void Subclass_fields_follow_parent_fields_and_overrides_keep_their_position()
    {
        var serializer = new ExtendedPersonSerializer { Instance = Sample() };
        Assert.Equal(["id", "name", "age", "email", "nickname", "city", "inner", "inners", "tags", "extra"], serializer.Fields.Keys);
        Assert.Equal(2, ((CharField)serializer.Fields["name"]).MaxLength);
    }

    [Fact]
    public void Data_after_validation_renders_validated_data_or_initial_input()
    {
        var valid = new PersonSerializer { InitialData = JsonNode.Parse("""{"name":"ann","age":3}"""), Context = SerializerValidationTests.Context() };
        valid.IsValid();
        Assert.Equal("""{"name":"ANN","age":3,"nickname":"anon"}""", FieldCheck.Render(valid.Data));
        var invalid = new PersonSerializer { InitialData = JsonNode.Parse("""{"name":"","age":3,"zzz":1,"id":5}"""), Context = SerializerValidationTests.Context() };
        invalid.IsValid();
        Assert.Equal("""{"name":"","age":3}""", FieldCheck.Render(invalid.Data));
    }

    [Fact]
    public void Data_before_is_valid_is_a_developer_error()
    {
        var serializer = new PersonSerializer { InitialData = JsonNode.Parse("{}") };
        Assert.StartsWith("When a serializer is passed a `data` keyword argument you must call `.is_valid()`",
            Assert.Throws<InvalidOperationException>(() => serializer.Data).Message);
    }

    [Fact]
    public void Method_and_expression_fields_compute_values()
    {
        var serializer = new ComputedSerializer { Instance = new InnerObject { X = 4 } };
        Assert.Equal("""{"x":4,"double":8,"label":"x=4","source_all":{"x":4}}""", FieldCheck.Render(serializer.Data));
    }

    private sealed class ComputedSerializer : Serializer<InnerObject>
    {
        protected override void Configure(FieldBuilder fields) => fields
            .Add("x", new IntegerField())
            .Add("double", new ExpressionField<InnerObject, long>(i => i.X * 2))
            .Add("label", new SerializerMethodField())
            .Add("source_all", new InnerSerializer { Source = "*", ReadOnly = true });

        private string GetLabel(InnerObject obj) => $"x={obj.X}";
    }
}
