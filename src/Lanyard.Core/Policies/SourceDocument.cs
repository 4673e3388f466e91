namespace Lanyard.Core.Policies;

/// <summary>The document the pack was made from, so anyone can check the pack against it.</summary>
public sealed record SourceDocument
{
    /// <summary>The file name of the source text (shipped under <c>policies/sources/</c>).</summary>
    public required string File { get; init; }

    /// <summary>SHA-256 of the source file, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The title printed on the document.</summary>
    public string? Title { get; init; }

    /// <summary>The template the policy was built from, e.g. Sefton Council's Personnel: Schools Team V2.0.</summary>
    public string? Template { get; init; }

    /// <summary>Where the school publishes the policy, when known.</summary>
    public string? PublishedUrl { get; init; }
}
