// Provides the extra actions of questions: practice (score an answer) and import (CSV, all or nothing).
using InterviewPrep.Domain;
using InterviewPrep.Models;
using InterviewPrep.Serializers;
using Microsoft.EntityFrameworkCore;
using RestFramework.Fields;
using RestFramework.Parsers;
using RestFramework.Permissions;
using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.ViewSets;

namespace InterviewPrep.Views;

public sealed partial class QuestionViewSet
{
    private static readonly string[] TrueValues = ["t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "1"];

    /// <summary><c>POST questions/{id}/practice/</c> <c>{"answer"}</c>: 201 with the scored attempt.</summary>
    [Action(Detail = true, Methods = ["post"], PermissionTypes = [typeof(IsAuthenticated)], SerializerType = typeof(AttemptSerializer))]
    public async ValueTask<Response> PracticeAsync(Request request)
    {
        var question = await GetObjectAsync();
        var serializer = GetInputSerializer(request.Data);
        serializer.IsValid(raiseException: true);
        var answer = (string)serializer.ValidatedData["answer"]!;
        var redFlags = await Db.Set<RedFlag>().Where(r => r.QuestionId == question.Id).OrderBy(r => r.Id).Select(r => r.Text).ToListAsync(HttpContext.RequestAborted);
        var feedback = PracticeScore.Evaluate(answer, question.KeyPoints, redFlags);
        await serializer.SaveAsync(new Dictionary<string, object?>
        {
            ["user_id"] = (int)request.User.Id!,
            ["question"] = question,
            ["score"] = feedback.Score,
            ["covered"] = feedback.Covered.ToList(),
            ["missing"] = feedback.Missing.ToList(),
            ["red_flags_hit"] = feedback.RedFlagsHit.ToList(),
        }, HttpContext.RequestAborted);
        return new Response(serializer.Data, StatusCodes.Status201Created);
    }

    /// <summary><c>POST questions/import/</c> (multipart <c>file</c>): every row validated with the question serializer; nothing written unless all pass.</summary>
    [Action(Detail = false, Methods = ["post"], UrlPath = "import", PermissionTypes = [typeof(IsAdminUser)], ParserTypes = [typeof(MultiPartParser)], SerializerType = typeof(QuestionImportSerializer))]
    public async ValueTask<Response> ImportQuestionsAsync(Request request)
    {
        var upload = GetSerializer(data: request.Data);
        upload.IsValid(raiseException: true);
        var file = (QuestionImportFile)upload.ValidatedData["file"]!;
        var dryRun = request.QueryParams.TryGetValue("dry_run", out var flag) && TrueValues.Contains(flag[^1]);
        // The rows are JSON-shaped input, not the multipart form of the request: no request in the rows' serializer context.
        var result = await new QuestionImport(Db) { View = this }.RunAsync(file, dryRun, HttpContext.RequestAborted);
        return new Response(result.ToBody(), result.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}
