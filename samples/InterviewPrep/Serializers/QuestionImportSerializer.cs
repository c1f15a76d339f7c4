// Provides the CSV upload of the question import: a UTF-8 file with the required columns.
using InterviewPrep.Domain;
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;

namespace InterviewPrep.Serializers;

/// <summary>Validates the uploaded <c>file</c> into a scanned <see cref="QuestionImportFile"/>; names the missing required columns.</summary>
public sealed class QuestionImportSerializer : Serializer
{
    protected override void Configure(FieldBuilder fields) => fields.Add("file", new FileField());

    private QuestionImportFile ValidateFile(IFormFile file)
    {
        // The upload is buffered by the form reader: each OpenReadStream reads it again from the start, one row at a time.
        var scanned = QuestionImportFile.Scan(file.OpenReadStream) ?? throw new ValidationError("File is not valid UTF-8 CSV.");
        var missing = scanned.MissingColumns;
        return missing.Count == 0 ? scanned : throw new ValidationError($"Missing columns: {string.Join(", ", missing)}.");
    }
}
