// Provides the 409 answered when a topic that still has questions is deleted.
using RestFramework.Exceptions;

namespace InterviewPrep.Views;

/// <summary>409: the topic still has questions.</summary>
public sealed class TopicInUse() : ApiException
{
    public override int DefaultStatusCode => StatusCodes.Status409Conflict;

    public override string DefaultDetail => "Topic has questions; delete or move them first.";

    public override string DefaultCode => "topic_in_use";
}
