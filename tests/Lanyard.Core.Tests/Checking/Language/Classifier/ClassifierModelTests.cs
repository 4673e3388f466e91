using Lanyard.Core.Checking.Language.Classifier;

namespace Lanyard.Core.Tests.Checking.Language.Classifier;

public class ClassifierModelTests
{
    private static readonly ClassifierFeatureSettings Small = new(10, 2, 3, 5);

    private static ClassifierModel SmallModel()
    {
        var weights = new float[Small.BucketCount];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (i % 7) - 3;
        }

        return new ClassifierModel(Small, weights, -0.25f, 0.4f);
    }

    private static byte[] Bytes(ClassifierModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void WriteThenRead_GivesTheSameModelAndTheSameBytes()
    {
        var model = SmallModel();
        var bytes = Bytes(model);

        var read = ClassifierModel.Read(new MemoryStream(bytes));

        read.Settings.ShouldBe(Small);
        read.Bias.ShouldBe(-0.25f);
        read.Threshold.ShouldBe(0.4f);
        Bytes(read).ShouldBe(bytes);
        read.Probability("any text at all").ShouldBe(model.Probability("any text at all"));
    }

    [Fact]
    public void Write_FollowsTheDocumentedLayout()
    {
        var bytes = Bytes(SmallModel());

        bytes.Length.ShouldBe(4 + (4 * 8) + (4 * Small.BucketCount));
        System.Text.Encoding.ASCII.GetString(bytes, 0, 4).ShouldBe("LYCM");
        BitConverter.ToInt32(bytes, 4).ShouldBe(ClassifierModel.FormatVersion);
        BitConverter.ToInt32(bytes, 8).ShouldBe(10);
        BitConverter.ToSingle(bytes, 24).ShouldBe(0.4f);
        BitConverter.ToInt32(bytes, 32).ShouldBe(Small.BucketCount);
    }

    [Fact]
    public void ShippedModelFile_IsUnderTwoMegabytes()
    {
        Bytes(OffensiveTextClassifier.ShippedModel).Length.ShouldBeLessThanOrEqualTo(2 * 1024 * 1024);
    }

    public static TheoryData<string, byte[]> Corruptions()
    {
        var good = Bytes(SmallModel());
        var badMagic = (byte[])good.Clone();
        badMagic[0] = (byte)'X';
        var badVersion = (byte[])good.Clone();
        badVersion[4] = 9;
        var badBits = (byte[])good.Clone();
        badBits[8] = 40;
        return new()
        {
            { "bad magic number", badMagic },
            { "format version 9", badVersion },
            { "header is invalid", badBits },
            { "truncated", good[..100] },
            { "truncated", [] },
        };
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Read_DamagedFile_ThrowsInvalidDataSayingWhy(string reason, byte[] bytes)
    {
        var error = Should.Throw<InvalidDataException>(() => ClassifierModel.Read(new MemoryStream(bytes)));

        error.Message.ShouldContain(reason == "bad magic number" ? "magic" : reason, Case.Insensitive);
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(1f)]
    [InlineData(float.NaN)]
    public void Constructor_ThresholdOutsideZeroToOne_Throws(float threshold)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ClassifierModel(Small, new float[Small.BucketCount], 0f, threshold));
    }

    [Fact]
    public void Constructor_WrongNumberOfWeights_Throws()
    {
        Should.Throw<ArgumentException>(() => new ClassifierModel(Small, new float[10], 0f, 0.5f));
    }

    [Theory]
    [InlineData(9, 2, 3, 5)]
    [InlineData(18, 3, 3, 5)]
    [InlineData(18, 2, 1, 5)]
    [InlineData(18, 2, 5, 3)]
    [InlineData(18, 2, 3, 6)]
    [InlineData(18, 2, 3, 9)]
    public void FeatureSettings_OutOfRange_Throw(int bits, int word, int charMin, int charMax)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ClassifierFeatureSettings(bits, word, charMin, charMax));
    }
}
