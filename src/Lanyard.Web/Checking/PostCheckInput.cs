using System.Globalization;
using Lanyard.Core.Checking;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Web.Checking;

/// <summary>
/// A draft as the page or the API received it, before it is checked. <see cref="Validate"/> says
/// what is wrong field by field, under the API's field names (<c>text</c>, <c>photos[1]</c>); the
/// page maps them to its own. Once valid, <see cref="ToDraft"/> makes the core's <see cref="Draft"/>.
/// </summary>
internal sealed record PostCheckInput
{
    /// <summary>Field name of the text.</summary>
    public const string TextField = "text";

    /// <summary>Field name of the recipient of a direct message.</summary>
    public const string RecipientField = "recipientRole";

    /// <summary>Field name of the tags.</summary>
    public const string TagsField = "tags";

    /// <summary>Field name of the photos; one photo is <c>photos[i]</c>.</summary>
    public const string PhotosField = "photos";

    /// <summary>The text.</summary>
    public string? Text { get; init; }

    /// <summary>The school's official account or the author's own.</summary>
    public PostChannel Channel { get; init; } = PostChannel.SchoolAccount;

    /// <summary>The capacity the author writes in.</summary>
    public DraftAuthorRole AuthorRole { get; init; } = DraftAuthorRole.Staff;

    /// <summary>Public, or a direct message.</summary>
    public Audience Audience { get; init; } = Audience.Public;

    /// <summary>Who receives a direct message; needed for one, ignored otherwise.</summary>
    public DraftRecipientRole? RecipientRole { get; init; }

    /// <summary>When it goes out, in the school's local time; null for now.</summary>
    public DateTime? PostedAt { get; init; }

    /// <summary>Whether the author says the photos show pupils; null when not said.</summary>
    public bool? PhotosShowPupils { get; init; }

    /// <summary>People tagged, by name.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The photos, read into memory.</summary>
    public IReadOnlyList<PhotoAttachment> Photos { get; init; } = [];

    /// <summary>Splits a comma-separated list of tags, dropping empty ones.</summary>
    public static IReadOnlyList<string> SplitTags(string? tags) =>
        string.IsNullOrWhiteSpace(tags) ? [] : [.. tags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The message for a photo over <see cref="CheckLimits.MaxPhotoBytes"/>, so a host can refuse it before reading it.</summary>
    public static string PhotoTooLarge(string fileName) =>
        $"{fileName} is larger than {Megabytes(CheckLimits.MaxPhotoBytes)}: attach a smaller copy.";

    /// <summary>Every problem, as (field, message); empty when the draft can be checked.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string Field, string Message)>();
        if (string.IsNullOrWhiteSpace(Text))
        {
            errors.Add((TextField, "Enter the text of the post."));
        }
        else if (Text.Length > CheckLimits.MaxTextLength)
        {
            errors.Add((TextField, string.Create(CultureInfo.InvariantCulture, $"The post is {Text.Length:N0} characters; the check takes at most {CheckLimits.MaxTextLength:N0}.")));
        }

        if (Audience == Audience.DirectMessage && RecipientRole is null)
        {
            errors.Add((RecipientField, "Choose who receives the direct message: a pupil, a parent or a member of staff."));
        }

        if (Tags.Count > CheckLimits.MaxTags)
        {
            errors.Add((TagsField, $"Tag at most {CheckLimits.MaxTags} people in one post."));
        }
        else if (Tags.FirstOrDefault(t => t.Length > CheckLimits.MaxTagLength) is { } longTag)
        {
            errors.Add((TagsField, $"A tag is at most {CheckLimits.MaxTagLength} characters; one starting \"{longTag[..20]}\" is longer."));
        }

        ValidatePhotos(errors);
        return errors;
    }

    /// <summary>The core's draft; call only when <see cref="Validate"/> found nothing.</summary>
    /// <param name="now">The school's local time now, for a post with no time given.</param>
    public Draft ToDraft(DateTime now) => new()
    {
        Text = Text ?? string.Empty,
        Channel = Channel,
        AuthorRole = DraftAuthorRoles.ToPolicyRole(AuthorRole),
        Audience = Audience,
        RecipientRole = Audience == Audience.DirectMessage ? RecipientRole switch
        {
            DraftRecipientRole.Pupils => Role.Pupils,
            DraftRecipientRole.Parents => Role.Parents,
            DraftRecipientRole.Staff => Role.Staff,
            _ => null,
        }
        : null,
        PostedAt = PostedAt ?? now,
        PhotosShowPupils = PhotosShowPupils,
        Tags = Tags,
        Photos = Photos,
    };

    private void ValidatePhotos(List<(string Field, string Message)> errors)
    {
        if (Photos.Count > CheckLimits.MaxPhotos)
        {
            errors.Add((PhotosField, $"Attach at most {CheckLimits.MaxPhotos} photos to one check; you attached {Photos.Count}."));
            return;
        }

        for (var i = 0; i < Photos.Count; i++)
        {
            var photo = Photos[i];
            var field = $"{PhotosField}[{i}]";
            if (photo.Content.Length > CheckLimits.MaxPhotoBytes)
            {
                errors.Add((field, PhotoTooLarge(photo.FileName)));
            }
            else if (photo.Content.Length == 0)
            {
                errors.Add((field, $"{photo.FileName} is empty."));
            }
            else if (!PhotoFormats.IsImage(photo.Content.Span))
            {
                errors.Add((field, $"{photo.FileName} is not a photo: attach a {PhotoFormats.Names} image."));
            }
        }

        var total = Photos.Sum(p => (long)p.Content.Length);
        if (total > CheckLimits.MaxPhotoBytesInAll && Photos.All(p => p.Content.Length <= CheckLimits.MaxPhotoBytes))
        {
            errors.Add((PhotosField, $"The photos come to {Megabytes(total)}; one check takes {Megabytes(CheckLimits.MaxPhotoBytesInAll)} in all. Check them in smaller batches."));
        }
    }

    private static string Megabytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
