namespace Lanyard.Core.Checking.Links;

/// <summary>
/// A host (or host and path) found in the web-category lists.
/// </summary>
/// <param name="Category">The Lanyard category name, one of <see cref="WebCategoryNames"/>, e.g. <c>gambling</c>.</param>
/// <param name="MatchedEntry">The list entry that matched: a domain (<c>bet365.com</c>) or a host and path prefix (<c>roughtube.net/en/</c>).</param>
public sealed record WebCategoryMatch(string Category, string MatchedEntry);
