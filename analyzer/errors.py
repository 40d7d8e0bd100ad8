"""Every error the library raises on purpose. The CLI and the dashboard catch
:class:`SkillgapError` and show its message; anything else is a bug."""


class SkillgapError(Exception):
    """Base class: a problem with the user's input or data, explained in the message."""


class TaxonomyError(SkillgapError):
    """The taxonomy files are malformed or inconsistent (the message names file and line)."""


class InputError(SkillgapError):
    """Postings, profiles or résumés could not be read (the message names the problem)."""


class OutputError(SkillgapError):
    """A report or output file cannot be written."""


class ProfileError(InputError):
    """A skills profile could not be built or loaded."""


class ColumnNotFoundError(InputError):
    """A postings file has no column of the name wanted. ``role`` is ``"text"`` or ``"id"``;
    ``columns`` are the names the file has."""

    def __init__(self, message: str, role: str, columns: list[str] | None = None):
        super().__init__(message)
        self.role = role
        self.columns = list(columns or [])


class MissingDependencyError(SkillgapError):
    """What was asked needs a package that is not installed. ``package`` is its name on PyPI;
    ``extra`` is the skillgap extra that brings it, if one does."""

    def __init__(self, message: str, package: str, extra: str | None = None):
        super().__init__(message)
        self.package = package
        self.extra = extra


class ResumeWithoutTextError(ProfileError):
    """A résumé file holds no text to read skills from (a scanned PDF): they must come another way."""


class PostingTimeoutError(SkillgapError):
    """One posting took longer to analyse than its time budget; that row gets this error."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"took longer than {seconds:g} s to analyse (the per-posting time limit)")
