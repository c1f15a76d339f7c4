// Provides SkipField, the signal that a field takes no part in the validated data or the representation.
namespace RestFramework.Fields;

/// <summary>Raised by a field to leave itself out of the validated data (input) or the representation (output), as DRF's <c>SkipField</c>.</summary>
public sealed class SkipField : Exception
{
    /// <summary>Creates the signal.</summary>
    public SkipField()
        : base("The field is skipped.")
    {
    }
}
