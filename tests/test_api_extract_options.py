"""The public extract functions share one option list (pipeline.ExtractOptions): by position or by
name, shown in their signatures, and a misspelt option is refused."""

import inspect

import pytest

import sitrep
from sitrep.errors import InputError
from sitrep.pipeline import ExtractOptions

TEXT = "On 2 May 2022 gunmen killed five people in Baidoa, Somalia."


@pytest.mark.parametrize("fn", ["extract", "extract_document"])
def test_signature_lists_the_options_after_the_text(fn: str) -> None:
    params = list(inspect.signature(getattr(sitrep, fn)).parameters)
    assert params == ["text", "published", "source", "source_kind", "keep_out_of_scope"]


def test_options_by_position_equal_options_by_name() -> None:
    by_name = sitrep.extract(TEXT, published="2022-05-03", source="Example Wire")
    by_position = sitrep.extract(TEXT, "2022-05-03", "Example Wire")
    assert by_name == by_position and by_name
    assert sitrep.extract_document(TEXT, "2022-05-03").events == sitrep.extract(TEXT, published="2022-05-03")


@pytest.mark.parametrize("fn", ["extract", "extract_document"])
def test_a_misspelt_option_is_refused(fn: str) -> None:
    with pytest.raises(TypeError):
        getattr(sitrep, fn)(TEXT, publishd="2022-05-03")


def test_source_kind_is_checked() -> None:
    assert ExtractOptions(source_kind="auto").kind() is None
    assert ExtractOptions(source_kind="claim").kind() == "claim"
    with pytest.raises(InputError):
        ExtractOptions(source_kind="rumour").kind()


def test_keep_out_of_scope_turns_the_scope_filter_off() -> None:
    assert ExtractOptions(keep_out_of_scope=True).settings().scope_filter is False
