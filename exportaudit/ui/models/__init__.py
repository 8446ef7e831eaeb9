"""Qt item models over core records; each is usable (and tested) without any view."""
