"""ArticleDesk: a desktop article editor for news desks."""

__version__ = "0.1.0"
APP_NAME = "ArticleDesk"
APP_ID = "articledesk"
