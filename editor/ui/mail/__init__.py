"""E-mail in the window: the Send dialog, the mail account, the outbox and its status."""
