using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class ResultTests
{
    [Fact]
    public void Success_NoError_IsSuccess()
    {
        var result = Result.Success();

        Assert.True(result.IsSuccess);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Failure_Error_CarriesCodeAndField()
    {
        var error = new Error("Validation.Required", "Name");

        Result result = error;

        Assert.False(result.IsSuccess);
        Assert.Equal(error, result.Error);
        Assert.Equal("Name: Validation.Required", error.ToString());
    }

    [Fact]
    public void Failure_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Result.Failure(null!));

    [Fact]
    public void GenericSuccess_Value_Returned()
    {
        Result<int> result = 42;

        Assert.True(result.IsSuccess);
        Assert.Equal(42, result.Value);
        Assert.Equal(7, Result.Success(7).Value);
    }

    [Fact]
    public void GenericFailure_ReadValue_Throws()
    {
        Result<string> result = CommonErrors.NotFound;

        Assert.False(result.IsSuccess);
        Assert.Equal("Common.NotFound", result.Error!.Code);
        var exception = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("Common.NotFound", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_WithoutField_ToStringIsCode() =>
        Assert.Equal("Common.Forbidden", CommonErrors.Forbidden.ToString());
}
