"""Shared test data."""

# The published proof of concept for CVE-2023-33733 (ReportLab rl_safe_eval escape through a
# paragraph's <font color="...">): printed as text by Presskit, never evaluated.
CVE_2023_33733 = (
    "<para><font color=\"[[[getattr(pow, Word('__globals__'))['os'].system('touch /tmp/presskit-pwned') "
    "for Word in [ orgTypeFun( 'Word', (str,), { 'mutated': 1, 'startswith': lambda self, x: 1 == 0, "
    "'__eq__': lambda self, x: self.mutate() and self.mutated < 0 and str(self) == x, "
    "'mutate': lambda self: { setattr(self, 'mutated', self.mutated - 1) }, "
    "'__hash__': lambda self: hash(str(self)), }, ) ] ] for orgTypeFun in [type(type(1))] ] "
    "and 'red'\">exploit</font></para>"
)


def seeded_window(qtbot, seed_path):  # noqa: ANN001, ANN201 - pytest-qt's qtbot; returns MainWindow
    """A shown main window with the seed article imported, as a publicist starts."""
    from presskit.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_path(seed_path, clean=True)
    qtbot.waitUntil(lambda: w.ctl.kit.film.title == "Ruby Sparks", timeout=5000)
    return w
