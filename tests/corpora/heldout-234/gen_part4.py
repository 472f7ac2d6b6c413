"""Part 4: February - March 2025 (case E: duplicate account on the same personal address)."""
from gen_common import *  # noqa: F401,F403

subjE = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E

# ---------------------------------------------------------------- E1 ack (Japanese, ISO-2022-JP)
t = d(2025, 2, 10, 9, 41)
txt = """真柴 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせをケース %s として受け付けました。

  お問い合わせタイプ: 認定
  その他の詳細: アカウントの統合
  受付日時: 2025年2月10日 00:40 (UTC)

担当者より、原則として1営業日以内にご連絡いたします。内容によっては
調査にお時間をいただく場合がございますので、あらかじめご了承ください。

同じ内容で新たにケースを作成されますと、かえって対応が遅れる原因となります。
追加の情報がある場合は、本メールへの返信にてお知らせください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_E
E1_ID = ses_mid("E1")
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", E1_ID),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_WORK),
    ("Subject", subjE),
    ("Content-Language", "ja-JP"),
], Leaf(txt, charset="iso-2022-jp", cte="7bit"))
add(t, raw, "acknowledgement", False, CASE_E, [],
    "Japanese ISO-2022-JP acknowledgement (15-digit ID); '追加の情報がある場合は…返信' is conditional.")

# ---------------------------------------------------------------- LinkedIn
t = d(2025, 2, 10, 12, 30)
txt = """Haruka, your profile was found in 14 searches this week

Recruiters from Sorairo Labs, Mercari and 3 others looked for skills like
"AWS Certified Solutions Architect".

See all searches: https://www.linkedin.com/me/search-appearances/

This email was intended for Haruka Mashiba (Cloud Platform Engineer)
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub
"""
raw = build([
    ("Authentication-Results", auth_personal("linkedin.com", "linkedin.com")),
    ("Message-ID", mid("li-search", "linkedin.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("LinkedIn", "messages-noreply@linkedin.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Haruka, you appeared in 14 searches this week"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [], "Social network notification mentioning an AWS certification.")

# ---------------------------------------------------------------- E2 info request: write from personal
t = d(2025, 2, 11, 1, 3, tz=UTC)
txt = """Hi Haruka,

Thanks for writing in about the two certification accounts.

Both of the accounts you describe are registered to haruka@mashiba.me, but
this case reached us from h.mashiba@kitakaze-denshi.co.jp. For security
reasons we can only act on a merge when the request comes from an address
that is on the accounts concerned.

Would you reply to this message from haruka@mashiba.me? Keeping the case
number in the subject line is enough for your reply to find its way back
to me.

Thanks,
Rafael
AWS Training and Certification Customer Support
"""
E2_ID = ses_mid("E2")
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", E2_ID),
    ("In-Reply-To", E1_ID),
    ("References", E1_ID),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_WORK),
    ("Subject", "RE:" + subjE),
], Leaf(txt), crlf=True)
add(t, raw, "info_request", True, CASE_E, [],
    "Asks the owner to write again from the personal address (a question, 'Would you...'); sent to the work mailbox.")

# ---------------------------------------------------------------- E3 user writes from personal
t = d(2025, 2, 11, 12, 36)
txt = """Hello Rafael,

Writing from haruka@mashiba.me as you asked (case 173914801205563, which I
opened from my work address by mistake).

The two accounts are:
  AWS03618842 - the one I use and want to keep
  AWS11570293 - created by accident when I set up a new Builder ID

Both use this address. Please merge the second into the first.

Thank you,
Haruka Mashiba
"""
E3_ID = gmail_mid("E3")
raw = build([
    ("Message-ID", E3_ID),
    ("Date", rfcdate(t)),
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", TC_FORM),
    ("Subject", "RE: " + subjE),
], Leaf(txt))
add(t, raw, "user_reply", False, CASE_E, [CID_MAIN, CID_DUP],
    "Owner writes a fresh mail from the personal address: no In-Reply-To, only the subject token links it.")

# ---------------------------------------------------------------- E4 confirmation (Japanese keigo, Shift_JIS QP)
t = d(2025, 2, 13, 14, 2)
E4_TXT = """真柴 遥 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの松永でございます。

個人のメールアドレスからご連絡いただき、ありがとうございました。
統合の対象として、以下の2つの認定アカウントを確認いたしました。

Account #1
  Candidate ID: AWS03618842
  Login email: haruka@mashiba.me
  Training notification email: haruka@mashiba.me
  Certification notification email: haruka@mashiba.me
  保有認定: AWS Certified Developer - Associate / AWS Certified Cloud Practitioner

Account #2
  Candidate ID: AWS11570293
  Login email: haruka@mashiba.me
  Training notification email: haruka@mashiba.me
  Certification notification email: (未設定)
  保有認定: なし

Account #2 の記録を Account #1 に統合し、Account #1 を残す形で進めて
差し支えございませんでしょうか。統合後は Account #2 にはサインインできなくなります。

お手数をおかけいたしますが、上記の内容に誤りがないかご確認のうえ、
本メールにご返信いただけますでしょうか。
何卒よろしくお願いいたします。

松永
AWS Training and Certification Customer Support
"""
E4_ID = ses_mid("E4")
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", E4_ID),
    ("In-Reply-To", E3_ID),
    ("References", "%s\n %s\n %s" % (E1_ID, E2_ID, E3_ID)),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:" + subjE),
], Leaf(E4_TXT, charset="shift_jis", cte="quoted-printable"))
add(t, raw, "confirmation_request", True, CASE_E, [CID_MAIN, CID_DUP],
    "Japanese keigo confirmation in Shift_JIS quoted-printable; Account #1/#2 share one login email.")

# ---------------------------------------------------------------- E5 user reply (Japanese, Gmail)
t = d(2025, 2, 13, 18, 47)
txt = """松永様

ご確認いただきありがとうございます。
記載の内容で相違ございません。Account #1(AWS03618842)を残す形で統合をお願いいたします。

真柴 遥

2025年2月13日(木) 14:02 AWS Training and Certification <%s>:

%s
""" % (TC_FORM, qlines(E4_TXT))
E5_ID = gmail_mid("E5")
raw = build([
    ("Message-ID", E5_ID),
    ("In-Reply-To", E4_ID),
    ("References", "%s\n %s\n %s\n %s" % (E1_ID, E2_ID, E3_ID, E4_ID)),
    ("Date", rfcdate(t)),
    ("From", addr(ME_NAME_JA, ME_PERSONAL)),
    ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", "Re: RE:" + subjE),
], Leaf(txt, cte="base64"))
add(t, raw, "user_reply", False, CASE_E, [CID_MAIN],
    "Owner confirms in Japanese (UTF-8 base64) over the quoted request, which holds two more IDs.")

# ---------------------------------------------------------------- Credly lookalike
t = d(2025, 2, 14, 8, 55, tz=UTC)
html = """<html><body style="font-family:Arial">
<img src="https://credly-notify.com/assets/logo.png" alt="Credly">
<p>Hello,</p>
<p>We could not synchronise badges from <b>Amazon Web Services Training and Certification</b>
to your Credly profile because two issuer accounts were detected.</p>
<p>Your badges will be <b>suspended in 72 hours</b> unless you re-link your AWS Certification account:</p>
<p><a href="https://credly-notify.com/relink?issuer=aws">Re-link now</a></p>
<p>Credly Support</p>
</body></html>"""
raw = build([
    ("Authentication-Results", auth_personal("credly-notify.com", "credly-notify.com")),
    ("Message-ID", mid("credly-phish", "credly-notify.com")),
    ("Date", rfcdate(t)),
    ("From", addr("Credly", "admin@credly-notify.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Action required: your AWS badges will be suspended"),
], Leaf(html, "html", cte="quoted-printable"))
add(t, raw, "suspicious", False, None, [],
    "Credly lookalike exploiting the badge-sync problem case E is about.")

E5_BODY = """松永様

ご確認いただきありがとうございます。
記載の内容で相違ございません。Account #1(AWS03618842)を残す形で統合をお願いいたします。

真柴 遥

2025年2月13日(木) 14:02 AWS Training and Certification <%s>:

%s""" % (TC_FORM, qlines(E4_TXT))
# ---------------------------------------------------------------- E6 resolved, quoting the confirmation
t = d(2025, 2, 18, 3, 20, tz=UTC)
txt = """Hi Haruka,

The two certification accounts have now been merged. Everything that was
on AWS11570293 sits under AWS03618842, and you sign in with your usual
Builder ID. Badges can take up to 24 hours to sync with Credly again.

No further action is required on your part, and I'm closing this case.
Thanks for your patience while our merge team caught up.

Rafael
AWS Training and Certification Customer Support

On Thu, Feb 13, 2025 at 09:47 UTC, Haruka Mashiba <haruka@mashiba.me> wrote:
%s
""" % qlines(E5_BODY)
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", ses_mid("E6")),
    ("In-Reply-To", E5_ID),
    ("References", "%s\n %s\n %s\n %s\n %s" % (E1_ID, E2_ID, E3_ID, E4_ID, E5_ID)),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + subjE),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "resolved", False, CASE_E, [CID_DUP, CID_MAIN],
    "Merge done; quotes the owner's reply and, nested, the Japanese confirmation question ('ご返信いただけますでしょうか').")

# ---------------------------------------------------------------- Credly two badges
t = d(2025, 2, 18, 20, 4)
txt = """Hi Haruka,

You have 2 badges waiting to be accepted:

  * AWS Certified Cloud Practitioner
  * AWS Certified Developer - Associate

Issued by Amazon Web Services Training and Certification.

Accept them here: https://www.credly.com/earner/earned

Credly
"""
raw = build([
    ("Authentication-Results", auth_personal("credly.com", "credly.com")),
    ("Message-ID", mid("credly-2pending", "credly.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "You have badges waiting to be accepted"),
], Leaf(txt))
add(t, raw, "badge", False, None, [], "Credly pending-badges reminder after the merge.")

# ---------------------------------------------------------------- re:Post
t = d(2025, 2, 25, 5, 12, tz=UTC)
txt = """AWS re:Post

Your question received a new answer

Question: "Can I merge two AWS Certification accounts myself?"

Answer from an AWS expert:
"No - merges are done by AWS Training and Certification customer support.
Open a request through the contact form and include every email address
you have used."

View the answer and accept it: https://repost.aws/questions/QU7r2mXb0eTqWz

You are receiving this because you follow this question.
"""
raw = build([
    ("Authentication-Results", auth_personal("repost.aws", "repost.aws", spf_domain="amazonses.com")),
    ("Message-ID", mid("repost-ans", "repost.aws")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS re:Post", "no-reply@repost.aws")),
    ("To", ME_PERSONAL),
    ("Subject", "New answer to your question on AWS re:Post"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [],
    "re:Post answer about certification account merges: on topic, but not a support case.")

# ---------------------------------------------------------------- other vendor solved
t = d(2025, 3, 3, 7, 30, tz=UTC)
txt = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to
this email.

Marta (Tally Help Center)
Mar 3, 2025, 07:29 UTC

Hi Haruka, I've merged your two Tally workspaces and closed the duplicate.
Let us know if anything looks off!

This email is a service from Tally Help Center. [GZ8K1-QW3P]
"""
raw = build([
    ("Authentication-Results", auth_personal("tally.so", "tally.so", spf_domain="zendesk.com")),
    ("Message-ID", "<GZ8K1QW3P_65c4b0e1a7_9d2c@zendesk.com>"),
    ("Date", rfcdate(t)),
    ("From", addr("Marta (Tally Help Center)", "support@tally.so")),
    ("To", ME_PERSONAL),
    ("Subject", "[Tally Help Center] Re: Two workspaces after changing email"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [],
    "Other vendor's Zendesk 'solved / merged / closed the duplicate'; offers reopen by reply.")

# ---------------------------------------------------------------- Free tier alert
t = d(2025, 3, 10, 6, 1, tz=UTC)
txt = """Hello,

Your AWS account 123456789012 has exceeded 85% of the usage limit for one
or more AWS Free Tier-eligible services for the month of March.

Product         Usage limit          Usage
AmazonS3        5 GB-Mo              4.41 GB-Mo

To learn more about your AWS Free Tier usage, visit the Billing and Cost
Management console.

Sincerely,
Amazon Web Services
"""
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", ses_mid("freetier")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Free Tier", "freetier@costalerts.amazonaws.com")),
    ("To", ME_PERSONAL),
    ("Subject", "AWS Free Tier limit alert"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [], "AWS Free Tier alert with a 12-digit account ID.")
