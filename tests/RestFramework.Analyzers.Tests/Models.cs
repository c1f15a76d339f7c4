// Provides the entity types and usings shared by the analyzer tests' snippets.
namespace RestFramework.Analyzers.Tests;

/// <summary>A small model: topics with questions, questions with tags (a collection) and a keyed tag.</summary>
internal static class Models
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using RestFramework.Fields;
        using RestFramework.Filters;
        using RestFramework.Generics;
        using RestFramework.Permissions;
        using RestFramework.Requests;
        using RestFramework.Responses;
        using RestFramework.Serializers;
        using RestFramework.ViewSets;
        using Shop;

        """;

    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;

        namespace Shop;

        public class Entity
        {
            public DateTime CreatedAt { get; set; }
        }

        public sealed class Topic : Entity
        {
            public int Id { get; set; }
            public string Slug { get; set; } = "";
            public string Name { get; set; } = "";
            public List<Question> Questions { get; set; } = [];
        }

        public sealed class Question : Entity
        {
            public int Id { get; set; }
            public string Title { get; set; } = "";
            public string? Answer { get; set; }
            public int FrequencyRank { get; set; }
            public int TopicId { get; set; }
            public Topic Topic { get; set; } = null!;
            public List<Tag> Tags { get; set; } = [];
        }

        public sealed class Tag
        {
            [Key]
            public int Code { get; set; }
            public string Label { get; set; } = "";
        }
        """;
}
