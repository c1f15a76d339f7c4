// Provides the compilation of test snippets against RestFramework and the run of one analyzer over them.
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RestFramework.Analyzers.Tests;

/// <summary>
/// Compiles a snippet (with the <see cref="Models"/> prelude) against the framework and every assembly of the test host, then runs an
/// analyzer. The snippet marks the one expected span as <c>[|...|]</c>.
/// </summary>
internal static partial class AnalyzerHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p))]);

    /// <summary>The analyzer's diagnostics on <paramref name="source"/>, failing when the snippet itself does not compile.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(DiagnosticAnalyzer analyzer, string source)
    {
        var trees = new[] { Parse(Models.Source, "Models.cs"), Parse(Markers().Replace(source, "$1"), "Test.cs") };
        var compilation = CSharpCompilation.Create(
            "Snippet", trees, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The snippet does not compile: " + string.Join(Environment.NewLine, errors));
        var diagnostics = await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>Asserts that the analyzer reports exactly one diagnostic, <paramref name="id"/> with <paramref name="message"/>, on the marked span.</summary>
    public static async Task AssertReportsAsync(DiagnosticAnalyzer analyzer, string source, string id, string message)
    {
        var diagnostics = await DiagnosticsAsync(analyzer, source);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Test.cs", diagnostic.Location.SourceTree!.FilePath);
        Assert.Equal(MarkedSpan(source), diagnostic.Location.SourceSpan);
    }

    /// <summary>Asserts that the analyzer reports nothing on <paramref name="source"/>.</summary>
    public static async Task AssertCleanAsync(DiagnosticAnalyzer analyzer, string source) =>
        Assert.Empty(await DiagnosticsAsync(analyzer, source));

    private static TextSpan MarkedSpan(string source)
    {
        var match = Markers().Match(source);
        Assert.True(match.Success, "The snippet marks no span with [|...|].");
        Assert.False(match.NextMatch().Success, "The snippet marks more than one span.");
        return new TextSpan(match.Index, match.Groups[1].Length);
    }

    private static SyntaxTree Parse(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path);

    [GeneratedRegex(@"\[\|(.*?)\|\]", RegexOptions.Singleline)]
    private static partial Regex Markers();
}
