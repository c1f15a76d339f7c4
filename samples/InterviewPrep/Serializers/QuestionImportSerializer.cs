// Provides the CSV upload of the question import: a UTF-8 file with the required columns.
using InterviewPrep.Domain;
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace InterviewPrep.Serializers;

/// <summary>Validates the uploaded <c>file</c> into CSV rows; names the missing required columns.</summary>
public sealed class QuestionImportSerializer : Serializer
{
    private static readonly string[] RequiredColumns = ["answer", "frequency_rank", "level", "title", "topic"];

    protected override void Configure(FieldBuilder fields) => fields.Add("file", new FileField());

    private CsvTable ValidateFile(IFormFile file)
    {
        using var stream = file.OpenReadStream();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var table = CsvTable.TryParse(memory.ToArray()) ?? throw new ValidationError("File is not valid UTF-8 CSV.");
        var missing = RequiredColumns.Where(c => !table.Columns.Contains(c)).ToList();
        return missing.Count == 0 ? table : throw new ValidationError($"Missing columns: {string.Join(", ", missing)}.");
    }
}
