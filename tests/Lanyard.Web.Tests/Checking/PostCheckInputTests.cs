using Lanyard.Core.Checking;
using Lanyard.Core.Policies;
using Lanyard.Web.Checking;

namespace Lanyard.Web.Tests.Checking;

/// <summary>What a draft must be before it is checked, field by field, and the core draft it becomes.</summary>
public class PostCheckInputTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10];

    [Fact]
    public void Validate_AGoodDraft_FindsNothing()
    {
        new PostCheckInput { Text = "Hello", Photos = [new PhotoAttachment("a.jpg", Jpeg)], Tags = ["Mrs Jones"] }.Validate().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n ")]
    public void Validate_NoText_NamesText(string? text)
    {
        new PostCheckInput { Text = text }.Validate().ShouldBe([("text", "Enter the text of the post.")]);
    }

    [Fact]
    public void Validate_TextAtTheLimit_IsFine_AndOneMoreIsNot()
    {
        new PostCheckInput { Text = new string('a', CheckLimits.MaxTextLength) }.Validate().ShouldBeEmpty();
        new PostCheckInput { Text = new string('a', CheckLimits.MaxTextLength + 1) }.Validate().ShouldHaveSingleItem().Field.ShouldBe("text");
    }

    [Fact]
    public void Validate_DirectMessageWithNoRecipient_NamesTheRecipient()
    {
        new PostCheckInput { Text = "Hi", Audience = Audience.DirectMessage }.Validate().ShouldHaveSingleItem().Field.ShouldBe("recipientRole");
    }

    [Fact]
    public void Validate_Photos_EachProblemNamesItsPhoto()
    {
        var errors = new PostCheckInput
        {
            Text = "Hi",
            Photos = [new PhotoAttachment("ok.jpg", Jpeg), new PhotoAttachment("notes.txt", "hello"u8.ToArray()), new PhotoAttachment("empty.jpg", Array.Empty<byte>())],
        }.Validate();

        errors.ShouldBe([
            ("photos[1]", "notes.txt is not a photo: attach a JPEG, PNG, GIF, WebP, HEIC, AVIF, TIFF or BMP image."),
            ("photos[2]", "empty.jpg is empty."),
        ]);
    }

    [Fact]
    public void Validate_APhotoOverTenMegabytes_IsRefused_AndSoAreTooManyInAll()
    {
        var big = new byte[CheckLimits.MaxPhotoBytes + 1];
        Jpeg.CopyTo(big, 0);
        var nine = new byte[9 * 1024 * 1024];
        Jpeg.CopyTo(nine, 0);

        new PostCheckInput { Text = "Hi", Photos = [new PhotoAttachment("big.jpg", big)] }.Validate()
            .ShouldBe([("photos[0]", "big.jpg is larger than 10 MB: attach a smaller copy.")]);
        new PostCheckInput { Text = "Hi", Photos = [new PhotoAttachment("1.jpg", nine), new PhotoAttachment("2.jpg", nine), new PhotoAttachment("3.jpg", nine)] }.Validate()
            .ShouldBe([("photos", "The photos come to 27 MB; one check takes 20 MB in all. Check them in smaller batches.")]);
        new PostCheckInput { Text = "Hi", Photos = [.. Enumerable.Range(0, CheckLimits.MaxPhotos + 1).Select(i => new PhotoAttachment($"{i}.jpg", Jpeg))] }.Validate()
            .ShouldHaveSingleItem().Field.ShouldBe("photos");
    }

    [Fact]
    public void SplitTags_TrimsAndDropsEmptyOnes()
    {
        PostCheckInput.SplitTags(" Ollie Bennett , ,Mrs Jones,").ShouldBe(["Ollie Bennett", "Mrs Jones"]);
        PostCheckInput.SplitTags(null).ShouldBeEmpty();
    }

    [Fact]
    public void ToDraft_CarriesEveryFieldAndTheRolesAPackNames()
    {
        var now = new DateTime(2026, 11, 23, 10, 15, 0);

        var draft = new PostCheckInput
        {
            Text = "Hi",
            Channel = Core.Policies.Parameters.PostChannel.PersonalAccount,
            AuthorRole = DraftAuthorRole.Governors,
            Audience = Audience.DirectMessage,
            RecipientRole = DraftRecipientRole.Pupils,
            PhotosShowPupils = true,
            Tags = ["Ollie"],
        }.ToDraft(now);

        draft.AuthorRole.ShouldBe(Role.Governors);
        draft.RecipientRole.ShouldBe(Role.Pupils);
        draft.PostedAt.ShouldBe(now, "no time given: now");
        draft.PhotosShowPupils.ShouldBe(true);
        draft.Tags.ShouldBe(["Ollie"]);
    }

    [Fact]
    public void ToDraft_PublicPost_DropsARecipient()
    {
        new PostCheckInput { Text = "Hi", RecipientRole = DraftRecipientRole.Pupils }.ToDraft(DateTime.MinValue).RecipientRole.ShouldBeNull();
    }
}
