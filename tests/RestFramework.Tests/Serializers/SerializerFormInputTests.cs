// Ports DRF 3.14's HTML form input rules: absent booleans are false, "" handling, getlist for lists and multiple choices.
using RestFramework.Fields;
using RestFramework.Serializers;
using RestFramework.Tests.Fields;

namespace RestFramework.Tests.Serializers;

public sealed class SerializerFormInputTests
{
    [Theory]
    [InlineData("name=x", """VALID {"flag":false,"name":"x","choices":[]}""")]
    [InlineData("flag=true&name=&note=&blank=&count=", """VALID {"flag":true,"note":null,"blank":"","choices":[]}""")]
    [InlineData("choices=a&choices=b&nums=1&nums=2", """VALID {"flag":false,"choices":["a","b"],"nums":[1,2]}""")]
    [InlineData("flag=maybe", """INVALID {"flag":["Must be a valid boolean."]}""")]
    public void Form_input_follows_html_semantics(string form, string expected)
    {
        var request = TestRequests.Create(form: form);
        var serializer = new FormSerializer { InitialData = request.Data, Context = new SerializerContext { Request = request } };
        var valid = serializer.IsValid();
        Assert.Equal(expected, valid ? "VALID " + FieldCheck.Render(serializer.ValidatedData) : "INVALID " + FieldCheck.Render(serializer.Errors));
    }

    [Fact]
    public void Partial_form_input_does_not_default_absent_booleans()
    {
        var request = TestRequests.Create(form: "name=x");
        var serializer = new FormSerializer { InitialData = request.Data, Partial = true, Context = new SerializerContext { Request = request } };
        Assert.True(serializer.IsValid());
        Assert.Equal("""{"name":"x"}""", FieldCheck.Render(serializer.ValidatedData));
    }

    private sealed class FormSerializer : Serializer<object>
    {
        protected override void Configure(FieldBuilder fields) => fields
            .Add("flag", new BooleanField())
            .Add("name", new CharField { Required = false })
            .Add("note", new CharField { AllowNull = true, Required = false })
            .Add("blank", new CharField { AllowBlank = true, Required = false })
            .Add("count", new IntegerField { Required = false })
            .Add("choices", new MultipleChoiceField("a", "b") { Required = false })
            .Add("nums", new ListField(new IntegerField()) { Required = false });
    }
}
