using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Lanyard.Core.Checking;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Web.Checking;

namespace Lanyard.Web.Api;

// The wire shapes of POST /api/check, kept together: they are one contract. Enum values are written in
// the kebab case packs use (school-account, direct-message, block); a member the contract does not have
// is refused rather than ignored, so a misspelt photosShowPupils cannot quietly switch a rule off.

/// <summary>A draft post to check.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record PostCheckRequest
{
    /// <summary>The school the post is for. Optional for school staff (their school); trust and federation staff name one of their schools.</summary>
    public long? SchoolId { get; init; }

    /// <summary>The text of the post, at most 50,000 characters.</summary>
    [Required]
    [MaxLength(CheckLimits.MaxTextLength)]
    public string? Text { get; init; }

    /// <summary>Where it is posted: the school's official account or the author's own.</summary>
    [Required]
    public PostChannel? Channel { get; init; }

    /// <summary>The capacity the author writes in; by default governor for someone who is only a governor, otherwise staff.</summary>
    public DraftAuthorRole? AuthorRole { get; init; }

    /// <summary>Public (a post or comment; the default) or a direct message.</summary>
    public Audience? Audience { get; init; }

    /// <summary>Who receives a direct message; required when the audience is direct-message.</summary>
    public DraftRecipientRole? RecipientRole { get; init; }

    /// <summary>When the post goes out, in the school's local time (a time with an offset or Z is converted); by default now.</summary>
    public DateTime? PostedAt { get; init; }

    /// <summary>Whether the photos show pupils, as the author says: Lanyard cannot see who is in a photo.</summary>
    public bool? PhotosShowPupils { get; init; }

    /// <summary>People tagged, by name; at most 30, each at most 100 characters.</summary>
    public IReadOnlyList<string?>? Tags { get; init; }

    /// <summary>Photos attached; at most 10, each at most 10 MB and 20 MB in all.</summary>
    public IReadOnlyList<PostCheckPhoto?>? Photos { get; init; }
}

/// <summary>A photo attached to a draft. It is read in memory for its metadata and never stored.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record PostCheckPhoto
{
    /// <summary>The file name, for messages.</summary>
    [Required]
    public string? FileName { get; init; }

    /// <summary>The image file (JPEG, PNG, GIF, WebP, HEIC, AVIF, TIFF or BMP), base64-encoded.</summary>
    [Required]
    [Base64String]
    public string? ContentBase64 { get; init; }
}

/// <summary>The verdict on a draft, with every finding explained.</summary>
/// <param name="SchoolId">The school it was checked for.</param>
/// <param name="SchoolName">That school's name.</param>
/// <param name="Verdict">The strictest finding's verdict: allow, warn, flag, hold or block.</param>
/// <param name="PackId">The policy pack it was judged under.</param>
/// <param name="PackVersion">That pack's version.</param>
/// <param name="Score">The offensive-language classifier's score for the whole text, 0 (calm) to 1 (offensive).</param>
/// <param name="Findings">Every finding, in text order.</param>
/// <param name="Notes">Things to know that are not findings (e.g. the pack does not bind this author).</param>
internal sealed record PostCheckResponse(
    long SchoolId,
    string SchoolName,
    Verdict Verdict,
    string PackId,
    string PackVersion,
    double? Score,
    IReadOnlyList<PostCheckFinding> Findings,
    IReadOnlyList<string> Notes);

/// <summary>One finding: what was found and where, the clause it breaks with the clause's text, and what to do.</summary>
/// <param name="Detector">The detector that found it.</param>
/// <param name="Category">The finding category, e.g. pupil-name or personal-data.phone.</param>
/// <param name="ClauseId">The clause of the pack it breaks; absent only for a finding about the check itself (an unreadable photo).</param>
/// <param name="ClauseText">What that clause requires, from the pack.</param>
/// <param name="Start">Where the span starts in the text as sent, in UTF-16 code units; 0 for a finding outside the text.</param>
/// <param name="Length">The span's length in UTF-16 code units; 0 for a finding outside the text (a photo, a tag, the audience).</param>
/// <param name="Severity">How serious a breach is, where the pack says.</param>
/// <param name="Verdict">What the pack says to do about it.</param>
/// <param name="Message">What was found and why it matters.</param>
/// <param name="Suggestion">A safe rewrite of the span (an empty string: leave it out), or what to do, where there is one.</param>
/// <param name="Subject">The photo's file name or the tag a finding outside the text is about.</param>
internal sealed record PostCheckFinding(
    string Detector,
    string Category,
    string? ClauseId,
    string? ClauseText,
    int Start,
    int Length,
    Severity? Severity,
    Verdict Verdict,
    string Message,
    string? Suggestion,
    string? Subject);
