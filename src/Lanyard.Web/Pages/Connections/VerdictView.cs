using Lanyard.Core.Connections;

namespace Lanyard.Web.Pages.Connections;

/// <summary>What the verdict partial shows: a recorded decision, the hold request it opened if any, and how it is titled.</summary>
/// <param name="Decision">The decision as recorded.</param>
/// <param name="Hold">The open request a hold created (or the one already open for the pair).</param>
/// <param name="Heading">The heading's text; the verdict's headline when null.</param>
/// <param name="Id">A prefix for element ids, unique on the page.</param>
/// <param name="HeadingLevel">2 for a page's main answer, 3 or 4 inside a list.</param>
internal sealed record VerdictView(ConnectionDecisionRecord Decision, ConnectionHoldRequest? Hold = null, string? Heading = null, string Id = "verdict", int HeadingLevel = 2);
