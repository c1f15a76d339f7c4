// Provides the serializers and objects shared by the serializer tests (ports of DRF's test serializers).
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace RestFramework.Tests.Serializers;

public sealed class Address
{
    public string? City { get; set; }
}

public sealed class InnerObject
{
    public long X { get; set; }
}

public sealed class Person
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public long Age { get; set; }

    public string? Email { get; set; }

    public string Nickname { get; set; } = string.Empty;

    public Address? Address { get; set; }

    public InnerObject? Inner { get; set; }

    public List<InnerObject> Inners { get; set; } = [];

    public List<long> Tags { get; set; } = [];
}

public sealed class InnerSerializer : Serializer<InnerObject>
{
    protected override void Configure(FieldBuilder fields) => fields.Add("x", new IntegerField());

    protected override OrderedDictionary<string, object?> Validate(OrderedDictionary<string, object?> attrs) =>
        (long)attrs["x"]! == 0 ? throw new ValidationError("zero not allowed") : attrs;
}

public class PersonSerializer : Serializer<Person>
{
    protected override void Configure(FieldBuilder fields) => fields
        .Add("id", new IntegerField { ReadOnly = true })
        .Add("name", new CharField { MaxLength = 10 })
        .Add("age", new IntegerField { MinValue = 0 })
        .Add("email", new EmailField { Required = false })
        .Add("nickname", new CharField { Default = "anon" })
        .Add("city", new CharField { Source = "address.city", Required = false })
        .Add("inner", new InnerSerializer { Required = false })
        .Add("inners", new InnerSerializer { Many = true, Required = false })
        .Add("tags", new ListField(new IntegerField()) { Required = false });

    protected override ValueTask<Person> CreateAsync(OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Person { Name = (string)validatedData["name"]!, Age = (long)validatedData["age"]! });

    protected override ValueTask<Person> UpdateAsync(Person instance, OrderedDictionary<string, object?> validatedData, CancellationToken cancellationToken)
    {
        if (validatedData.TryGetValue("name", out var name))
        {
            instance.Name = (string)name!;
        }
        return ValueTask.FromResult(instance);
    }

    private List<string> Calls => (List<string>)Context.Items["calls"]!;

    private string ValidateName(string value)
    {
        Calls.Add("validate_name");
        return value == "bad" ? throw new ValidationError("bad name") : value.ToUpperInvariant();
    }

    private long ValidateAge(long value)
    {
        Calls.Add("validate_age");
        return value;
    }

    protected override OrderedDictionary<string, object?> Validate(OrderedDictionary<string, object?> attrs)
    {
        Calls.Add("validate");
        return attrs.TryGetValue("age", out var age) ? (long)age! switch
        {
            13 => throw new ValidationError("unlucky"),
            14 => throw new ValidationError(new Dictionary<string, object> { ["age"] = "fourteen" }),
            _ => attrs,
        } : attrs;
    }
}

public sealed class ExtendedPersonSerializer : PersonSerializer
{
    protected override void Configure(FieldBuilder fields)
    {
        base.Configure(fields);
        fields.Add("extra", new ReadOnlyField { Source = "nickname" }).Add("name", new CharField { MaxLength = 2 });
    }
}
