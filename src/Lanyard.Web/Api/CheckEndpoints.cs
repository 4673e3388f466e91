using System.Security.Claims;
using System.Text.Json;
using Lanyard.Core.Checking;
using Lanyard.Core.Consent;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Time;
using Lanyard.Web.Checking;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lanyard.Web.Api;

/// <summary>
/// The post check as JSON: the same use case as the /check page (<see cref="CheckSchoolPost"/>),
/// for the same signed-in staff, for the schools they act for. The body is read here rather than
/// bound by the framework, so that a value of the wrong type comes back as a problem naming its
/// field like every other mistake. Nothing is stored and the text is never logged.
/// </summary>
internal static class CheckEndpoints
{
    /// <summary>The routes, under the <c>/api</c> group.</summary>
    public static RouteGroupBuilder MapCheckEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);

        // POST /api/check: check a draft post against the school's pack and registers.
        api.MapPost("/check", CheckAsync)
            .WithName("CheckPost")
            .WithTags("Post check")
            .WithDescription(
                "Checks the text, photos and tags of a draft against the policy pack in force at the school and the school's registers "
                + "(pupils on roll, their consent for this school year, staff names). Returns the verdict (allow, warn, flag, hold, block) "
                + "with every finding: where it is in the text, the clause it breaks and that clause's text. Nothing is stored.")
            .Accepts<PostCheckRequest>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new RequestSizeLimitAttribute(CheckLimits.MaxApiBytes));
        return api;
    }

    /// <summary>Check a draft post against the school's social media policy.</summary>
    public static async Task<Results<Ok<PostCheckResponse>, ValidationProblem, ProblemHttpResult>> CheckAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        IOrganisationRegister organisations,
        IPeopleRegister people,
        IConsentRegister consent,
        TimeProvider clock,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(json);
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the draft as JSON",
                detail: "The request's Content-Type must be application/json.");
        }

        PostCheckRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<PostCheckRequest>(json.Value.SerializerOptions, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Invalid(JsonProblem.Field(ex), JsonProblem.Message(ex));
        }
        catch (BadHttpRequestException ex)
        {
            return TypedResults.Problem(
                statusCode: ex.StatusCode,
                title: ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large" : "The request could not be read",
                detail: ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? $"One check takes at most {CheckLimits.MaxPhotos} photos of 10 MB each and 20 MB in all, with text of at most {CheckLimits.MaxTextLength:N0} characters."
                    : null);
        }

        if (body is null)
        {
            return Invalid(string.Empty, "Send the draft as a JSON object.");
        }

        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var input = ToInput(body, user, clock, errors);
        foreach (var (field, message) in input.Validate())
        {
            Add(errors, field.StartsWith(PostCheckInput.PhotosField + "[", StringComparison.Ordinal) ? field + ".contentBase64" : field, message);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
                title: "The post was not checked",
                detail: "Each field named under errors says what to change.");
        }

        if (SignInPrincipal.OrganisationId(user) is not { } home
            || await SchoolsInScope.ChooseAsync(home, body.SchoolId, organisations, cancellationToken) is not { } school)
        {
            // The same answer whether the school exists elsewhere or not at all.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such school",
                detail: body.SchoolId is { } id ? $"You cannot check posts for a school {id}." : "You are not a member of a school that can check posts.");
        }

        var now = UkTime.ToUk(clock.GetUtcNow()).DateTime; // the school's wall clock: lesson times are UK times
        var draft = input.ToDraft(now);
        var outcome = await CheckSchoolPost.HandleAsync(
            new CheckSchoolPost.Request(school.Id, draft, DateOnly.FromDateTime(now)), organisations, people, consent, cancellationToken);
        if (CheckReport.From(outcome, draft) is not { } report)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The post could not be checked",
                detail: outcome.Error);
        }

        return TypedResults.Ok(ToResponse(report));
    }

    private static PostCheckInput ToInput(PostCheckRequest body, ClaimsPrincipal user, TimeProvider clock, Dictionary<string, List<string>> errors)
    {
        if (body.Channel is null)
        {
            Add(errors, "channel", "Say where it is posted: school-account or personal-account.");
        }

        var tags = body.Tags ?? [];
        for (var i = 0; i < tags.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(tags[i]))
            {
                Add(errors, $"tags[{i}]", "A tag cannot be empty.");
            }
        }

        return new PostCheckInput
        {
            Text = body.Text,
            Channel = body.Channel ?? default,
            AuthorRole = body.AuthorRole ?? DraftAuthorRoles.DefaultFor(SignInPrincipal.Roles(user)),
            Audience = body.Audience ?? Audience.Public,
            RecipientRole = body.RecipientRole,
            // The draft's time is the school's local time: a time sent in UTC is turned into it.
            PostedAt = body.PostedAt is { Kind: DateTimeKind.Utc } utc ? TimeZoneInfo.ConvertTimeFromUtc(utc, clock.LocalTimeZone) : body.PostedAt,
            PhotosShowPupils = body.PhotosShowPupils,
            Tags = [.. tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim())],
            Photos = DecodePhotos(body.Photos ?? [], errors),
        };
    }

    // Each photo's size is judged from its base64 length before anything is decoded.
    private static List<PhotoAttachment> DecodePhotos(IReadOnlyList<PostCheckPhoto?> photos, Dictionary<string, List<string>> errors)
    {
        var decoded = new List<PhotoAttachment>();
        if (photos.Count > CheckLimits.MaxPhotos)
        {
            Add(errors, PostCheckInput.PhotosField, $"Attach at most {CheckLimits.MaxPhotos} photos to one check; you attached {photos.Count}.");
            return decoded;
        }

        for (var i = 0; i < photos.Count; i++)
        {
            var field = $"{PostCheckInput.PhotosField}[{i}]";
            if (photos[i] is not { } photo)
            {
                Add(errors, field, "A photo needs a fileName and its contentBase64.");
                continue;
            }

            var name = string.IsNullOrWhiteSpace(photo.FileName) ? null : Path.GetFileName(photo.FileName.Trim());
            if (name is null)
            {
                Add(errors, field + ".fileName", "Give the photo's file name.");
            }

            if (string.IsNullOrEmpty(photo.ContentBase64))
            {
                Add(errors, field + ".contentBase64", "Give the photo's content, base64-encoded.");
                continue;
            }

            if (photo.ContentBase64.Length > (CheckLimits.MaxPhotoBytes + 2) / 3 * 4)
            {
                Add(errors, field + ".contentBase64", PostCheckInput.PhotoTooLarge(name ?? $"Photo {i + 1}"));
                continue;
            }

            var buffer = new byte[photo.ContentBase64.Length / 4 * 3];
            if (!Convert.TryFromBase64String(photo.ContentBase64, buffer, out var written))
            {
                Add(errors, field + ".contentBase64", "This is not base64: encode the image file's bytes as base64.");
                continue;
            }

            if (name is not null)
            {
                decoded.Add(new PhotoAttachment(name, buffer.AsMemory(0, written)));
            }
        }

        return decoded;
    }

    private static PostCheckResponse ToResponse(CheckReport report) => new(
        report.School.Id,
        report.School.Name,
        report.Result.Verdict,
        report.Result.PackId,
        report.Result.PackVersion,
        report.Result.Score,
        [.. report.Findings.Select(f => new PostCheckFinding(
            f.Finding.Detector,
            f.Finding.Category,
            f.Finding.ClauseId,
            f.Clause?.Summary,
            f.Finding.Start,
            f.Finding.Length,
            f.Finding.Severity,
            f.Finding.Verdict,
            f.Finding.Message,
            f.Finding.Suggestion,
            f.Subject))],
        report.Result.Notes);

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] },
            title: "The post was not checked",
            detail: "Each field named under errors says what to change.");

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }
}
