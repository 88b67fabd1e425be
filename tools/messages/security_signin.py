# Sign-in throttling (issue 10): key -> (de, en, ja).
M = {
 "login.throttled": ("Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.", "Too many failed sign-in attempts. Please wait a moment, then try again.", "ログインの失敗が続いたため、しばらくお待ちください。その後、もう一度お試しください。"),
}
