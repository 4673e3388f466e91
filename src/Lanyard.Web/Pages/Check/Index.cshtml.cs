using System.Globalization;
using Lanyard.Core.Checking;
using Lanyard.Core.Consent;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Time;
using Lanyard.Web.Checking;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Check;

/// <summary>
/// The post check: a draft (text, channel, audience, photos, tags) checked against the school's
/// policy pack and registers, with the verdict, every finding and its clause, and the text with each
/// finding's span marked. Any signed-in member of staff may check a post for the schools they act
/// for. Nothing is stored: photos are read into memory (never spooled to disk, see the form limits)
/// and the text is never logged; the answer is not cached, since it may name pupils.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[RequestSizeLimit(CheckLimits.MaxFormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CheckLimits.MaxFormBytes, MemoryBufferThreshold = CheckLimits.MaxFormBytes)]
internal sealed class IndexModel(IOrganisationRegister organisations, IPeopleRegister people, IConsentRegister consent, TimeProvider clock) : PageModel
{
    /// <summary>The form's fields other than the photos.</summary>
    [BindProperty]
    public CheckForm Input { get; set; } = new();

    /// <summary>The photos attached (the file input's name is <c>Photos</c>).</summary>
    [BindProperty]
    public List<IFormFile> Photos { get; set; } = [];

    /// <summary>The schools the user may check posts for (more than one for trust or federation staff).</summary>
    public IReadOnlyList<Organisation> Schools { get; private set; } = [];

    /// <summary>The school chosen, with its pack.</summary>
    public SchoolInContext? School { get; private set; }

    /// <summary>The checked post, after a successful check.</summary>
    public CheckReport? Report { get; private set; }

    /// <summary>Why the post could not be checked (e.g. no pack attached), after a post.</summary>
    public string? CheckError { get; private set; }

    /// <summary>How many photos were attached to the last check (they are not kept for the next).</summary>
    public int PhotosChecked { get; private set; }

    /// <summary>GET /check[?school=id]: the empty form, for the school asked for or the user's own.</summary>
    public async Task<IActionResult> OnGetAsync(long? school, CancellationToken cancellationToken)
    {
        if (!await ChooseSchoolAsync(school, cancellationToken))
        {
            return NotFound();
        }

        Input = new CheckForm
        {
            SchoolId = School!.School.Id,
            AuthorRole = DraftAuthorRoles.DefaultFor(SignInPrincipal.Roles(User)),
            PostedAt = Minutes(UkTime.ToUk(clock.GetUtcNow()).DateTime),
        };
        return Page();
    }

    /// <summary>POST /check: checks the draft and shows the result above the form, which keeps what was entered.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ChooseSchoolAsync(Input.SchoolId, cancellationToken))
        {
            return NotFound();
        }

        var photos = await ReadPhotosAsync(cancellationToken);
        var input = new PostCheckInput
        {
            Text = Input.Text,
            Channel = Input.Channel,
            AuthorRole = Input.AuthorRole,
            Audience = Input.Audience,
            RecipientRole = Input.RecipientRole,
            PostedAt = Input.PostedAt,
            PhotosShowPupils = Input.PhotosShowPupils ? true : null,
            Tags = PostCheckInput.SplitTags(Input.Tags),
            Photos = photos,
        };
        foreach (var (field, message) in input.Validate())
        {
            ModelState.AddModelError(FormField(field), message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = UkTime.ToUk(clock.GetUtcNow()).DateTime; // the school's wall clock: lesson times are UK times
        var draft = input.ToDraft(now);
        var outcome = await CheckSchoolPost.HandleAsync(
            new CheckSchoolPost.Request(School!.School.Id, draft, DateOnly.FromDateTime(now)), organisations, people, consent, cancellationToken);
        Report = CheckReport.From(outcome, draft);
        CheckError = outcome.Error;
        PhotosChecked = photos.Count;
        return Page();
    }

    /// <summary>The first error for a form field, for showing beside it.</summary>
    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The element id of the field an error belongs to, for the error summary's links.</summary>
    public static string FieldId(string modelStateKey) => modelStateKey switch
    {
        "Input.Text" => "text",
        "Input.RecipientRole" => "recipient",
        "Input.Tags" => "tags",
        "Input.PostedAt" => "posted-at",
        "Input.SchoolId" => "school",
        "Photos" => "photos",
        "Input.Channel" => "channel-school",
        "Input.Audience" => "audience-public",
        "Input.AuthorRole" => "author-role",
        _ => "text",
    };

    /// <summary>A time to the minute, as the form's time field shows it.</summary>
    public static string TimeValue(DateTime? time) =>
        time?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    private static DateTime Minutes(DateTime time) => new(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, time.Kind);

    // The API's field names, mapped to the form's. Every photo's error goes by the one file input.
    private static string FormField(string field) => field switch
    {
        PostCheckInput.TextField => "Input.Text",
        PostCheckInput.RecipientField => "Input.RecipientRole",
        PostCheckInput.TagsField => "Input.Tags",
        _ => "Photos",
    };

    // A member of a school acts for it; trust and federation staff for any school in it. A school
    // out of scope is not found, so nobody learns that another school's id exists.
    private async Task<bool> ChooseSchoolAsync(long? requested, CancellationToken cancellationToken)
    {
        if (SignInPrincipal.OrganisationId(User) is not { } home)
        {
            return false;
        }

        var chosen = await SchoolsInScope.ChooseAsync(home, requested, organisations, cancellationToken);
        if (chosen is null)
        {
            return false;
        }

        Schools = await SchoolsInScope.HandleAsync(home, organisations, cancellationToken);
        School = await SchoolInContext.FindAsync(chosen.Id, organisations, cancellationToken);
        return School is not null;
    }

    // Each photo is checked for size before it is copied; the form has already buffered it in memory.
    private async Task<IReadOnlyList<PhotoAttachment>> ReadPhotosAsync(CancellationToken cancellationToken)
    {
        var files = Photos.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (files.Count > CheckLimits.MaxPhotos)
        {
            ModelState.AddModelError("Photos", $"Attach at most {CheckLimits.MaxPhotos} photos to one check; you attached {files.Count}.");
            return [];
        }

        var photos = new List<PhotoAttachment>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Length > CheckLimits.MaxPhotoBytes)
            {
                ModelState.AddModelError("Photos", PostCheckInput.PhotoTooLarge(name));
                continue;
            }

            var content = new byte[file.Length];
            await using var stream = file.OpenReadStream();
            await stream.ReadExactlyAsync(content, cancellationToken);
            photos.Add(new PhotoAttachment(name, content));
        }

        return photos;
    }

    /// <summary>The form's fields.</summary>
    public sealed class CheckForm
    {
        /// <summary>The school the post is for.</summary>
        public long? SchoolId { get; set; }

        /// <summary>The draft text.</summary>
        public string? Text { get; set; }

        /// <summary>The school's official account, or the author's own.</summary>
        public PostChannel Channel { get; set; } = PostChannel.SchoolAccount;

        /// <summary>The capacity the author writes in.</summary>
        public DraftAuthorRole AuthorRole { get; set; } = DraftAuthorRole.Staff;

        /// <summary>Public, or a direct message.</summary>
        public Audience Audience { get; set; } = Audience.Public;

        /// <summary>Who receives a direct message.</summary>
        public DraftRecipientRole? RecipientRole { get; set; }

        /// <summary>Whether the author says the photos show pupils.</summary>
        public bool PhotosShowPupils { get; set; }

        /// <summary>People tagged, separated by commas.</summary>
        public string? Tags { get; set; }

        /// <summary>When it goes out, in the school's local time.</summary>
        public DateTime? PostedAt { get; set; }
    }
}
