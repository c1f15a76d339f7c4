// Provides Serializer: declared fields turned into validated data and representations, DRF's core abstraction.
using System.Text.Json.Nodes;
using RestFramework.Fields;

namespace RestFramework.Serializers;

/// <summary>DRF's <c>Serializer</c>: declares fields in <see cref="Configure"/>, validates input into <see cref="ValidatedData"/> and renders instances as <see cref="Data"/>.</summary>
/// <remarks>
/// Create one per use with an object initializer: <c>new BookSerializer { Instance = book, InitialData = request.Data, Partial = true, Context = ctx }</c>.
/// Used as a field of another serializer it renders and validates inline. <see cref="Many"/> makes it DRF's <c>ListSerializer</c> of itself.
/// </remarks>
public abstract partial class Serializer : Field
{
    private SerializerSchema? _schema;
    private bool _many;
    private bool _scoped;

    /// <summary>The object (or, with <see cref="Many"/>, the objects) to render or update.</summary>
    public object? Instance { get; set; }

    /// <summary>The input to validate (DRF's <c>data=</c> argument), usually <c>request.Data</c>; <see cref="Field.Empty"/> when none was given.</summary>
    public JsonNode? InitialData { get; set; } = Empty;

    /// <summary>Whether missing fields are allowed and defaults skipped (PATCH). Defaults to false.</summary>
    public bool Partial { get; set; }

    /// <summary>The request, view, format and database the fields may use.</summary>
    public SerializerContext Context { get; set; } = SerializerContext.Empty;

    /// <summary>Whether the serializer handles a list of objects (DRF's <c>many=True</c>). Defaults to false.</summary>
    public bool Many
    {
        get => _many;
        set => _many = value;
    }

    /// <summary>With <see cref="Many"/>: whether an empty list is valid. Defaults to true.</summary>
    public bool AllowEmpty { get; set; } = true;

    /// <summary>With <see cref="Many"/>: the maximum number of items, or null.</summary>
    public int? MaxLength { get; set; }

    /// <summary>With <see cref="Many"/>: the minimum number of items, or null.</summary>
    public int? MinLength { get; set; }

    /// <summary>The bound fields, in representation order (built once per serializer type).</summary>
    public IReadOnlyDictionary<string, Field> Fields => Schema.ByName;

    internal SerializerSchema Schema => _schema ??= SerializerSchema.For(this);

    /// <summary>The type of the instances this serializer reads and saves, when it declares one (<see cref="Serializer{T}"/>).</summary>
    internal virtual Type? InstanceType => null;

    /// <summary>Whether input follows HTML form rules (the context's request has a form body).</summary>
    public bool IsHtmlInput => Context.Request?.Form is not null;

    /// <summary>Declares the fields, in order; call <c>base.Configure(fields)</c> first to keep a parent's fields.</summary>
    /// <remarks>Runs once per serializer type, on a fresh instance: do not read per-request state here.</remarks>
    protected abstract void Configure(FieldBuilder fields);

    internal void RunConfigure(FieldBuilder fields) => Configure(fields);

    /// <inheritdoc />
    protected override string? GetDefaultMessage(string key) => key switch
    {
        "invalid" => "Invalid data. Expected a dictionary, but got {datatype}.",
        "not_a_list" => "Expected a list of items but got type \"{input_type}\".",
        "empty" => "This list may not be empty.",
        "max_length" => "Ensure this field has no more than {max_length} elements.",
        "min_length" => "Ensure this field has at least {min_length} elements.",
        _ => base.GetDefaultMessage(key),
    };

    private string NonFieldErrorsKey => Context.Request?.Options.NonFieldErrorsKey ?? "non_field_errors";

    /// <inheritdoc />
    public override void Bind(string fieldName, Serializer? parent)
    {
        base.Bind(fieldName, parent);
        if (parent is not null && _schema is null)
        {
            // Build a nested serializer's fields now, with the parent's context (the EF Core model may come from it).
            var context = Context;
            Context = parent.Context;
            try
            {
                _schema = SerializerSchema.For(this);
            }
            finally
            {
                Context = context;
            }
        }
    }

    /// <summary>A copy sharing the schema, scoped to <paramref name="root"/>'s context, for running hooks of a nested serializer.</summary>
    private Serializer ScopedTo(Serializer? root)
    {
        if (root is null || ReferenceEquals(root, this) || (_scoped && ReferenceEquals(Context, root.Context) && Partial == root.Partial))
        {
            return this;
        }
        var scoped = (Serializer)MemberwiseClone();
        scoped._scoped = true;
        scoped.Context = root.Context;
        scoped.Partial = root.Partial;
        scoped.Instance = null;
        return scoped;
    }
}
