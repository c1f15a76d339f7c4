// Provides the timestamps the database context sets on save (Django's auto_now_add and auto_now).
namespace InterviewPrep.Models;

/// <summary>An entity whose <see cref="CreatedAt"/> is set when added and <see cref="UpdatedAt"/> on every save.</summary>
public interface ITimestamped
{
    DateTime CreatedAt { get; set; }

    DateTime UpdatedAt { get; set; }
}
