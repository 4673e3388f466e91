using Lanyard.Core.Policies;

namespace Lanyard.Core.Checking;

/// <summary>The answer to a check: the overall verdict (the strictest finding's), under which pack version, and every finding.</summary>
/// <param name="Verdict">Allow, warn, flag, hold or block.</param>
/// <param name="PackId">The pack judged under.</param>
/// <param name="PackVersion">Its version.</param>
/// <param name="Findings">Every finding, in text order.</param>
/// <param name="Score">The context classifier's score for the whole text, when it ran.</param>
/// <param name="Notes">Things the reader should know that are not findings (e.g. the author is not bound by this pack).</param>
public sealed record CheckResult(Verdict Verdict, string PackId, string PackVersion, IReadOnlyList<Finding> Findings, double? Score, IReadOnlyList<string> Notes);
