# Messages 070-076 (10 - 15 Apr 2025): after the cases.
from gen_lib import *  # noqa: F401,F403
import gen_extra as X


def run():
    # 070 certmetrics: expiry reminder in Japanese, HTML in Shift_JIS
    m = mid_generic("070", "certmetrics.com")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body>"
           "<p>ラマン佐藤 プリヤ 様</p>"
           "<p>お持ちの <b>AWS Certified Solutions Architect - Associate</b> の有効期限が <b>2025年5月29日</b> に近づいています。</p>"
           "<p>候補者 ID: %s</p>"
           "<p>認定を継続するには、有効期限までに同じ試験の最新バージョンに合格してください。"
           "再認定の受験には、特典ページの 50%% 割引をご利用いただけます。</p>"
           "<p>詳しくは AWS 認定アカウントの「認定」ページをご覧ください。</p>"
           "<p>AWS トレーニングと認定<br>※このメールは送信専用アドレスから配信しています。</p>"
           "</body></html>") % CAND_NEW
    raw = build([
        ("Authentication-Results", ar_fastmail("certmetrics.com")),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_PERSONAL),
        ("Subject", enc("AWS 認定の有効期限が近づいています", "iso-2022-jp")),
        ("Date", date("2025-04-10 00:00:41")),
        ("Message-ID", m),
    ], html(htm, charset="shift_jis", cte="quoted-printable"))
    add(raw, "certification", False, None, [CAND_NEW],
        "Certification expiry reminder in Japanese (Shift_JIS HTML)",
        "Program mail with an instruction-like text and candidate ID; no case")

    # 071 suspicious: Japanese phishing from a misspelt domain
    m = mid_generic("071", "aws-trainning.jp")
    htm = ("<html><body><p>AWS 認定 ご利用者様</p>"
           "<p>お客様の AWS 認定アカウントにおいて、アカウント統合後の本人確認が完了していないことが確認されました。</p>"
           "<p>72 時間以内に下記より本人確認を完了いただけない場合、保有されているすべての認定が無効となります。</p>"
           "<p><a href=\"https://aws-trainning.jp/certification/verify?id=%s\">本人確認はこちら</a></p>"
           "<p>本メールにご返信いただいても対応いたしかねます。</p>"
           "<p>AWS トレーニングと認定 サポートセンター</p></body></html>") % h("071", 10)
    raw = build([
        ("Authentication-Results", ar_fastmail("aws-trainning.jp", policy="none")),
        ("From", addr("AWS トレーニングと認定", "support@aws-trainning.jp")),
        ("To", ME_PERSONAL),
        ("Subject", enc("【重要】AWS認定アカウント停止のお知らせ (本人確認のお願い)")),
        ("Date", date("2025-04-11 11:55:02", "+0900")),
        ("Message-ID", m),
    ], html(htm, cte="base64"))
    add(raw, "suspicious", False, None, [],
        "Japanese phishing: 'account will be suspended, verify identity' from a misspelt domain",
        "Japanese, refers to an account merge, urgent deadline; domain aws-trainning.jp")

    # 072 Linux Foundation exam result
    m = mid_generic("072", "linuxfoundation.org")
    body = """Hello Priya,

Congratulations! You have passed the Certified Kubernetes Administrator (CKA)
exam. Your score: 84%.

Certificate ID: LF-3qv8ndk2zx
Your certificate and digital badge will be available in the Linux Foundation
portal within 48 hours.

If you believe your result is incorrect, you may request a review within 30 days.

The Linux Foundation Training & Certification Team
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("linuxfoundation.org")),
        ("From", "The Linux Foundation <trainingnotifications@linuxfoundation.org>"),
        ("To", ME_PERSONAL),
        ("Subject", "Your CKA exam results are ready"),
        ("Date", date("2025-04-12 03:18:29")),
        ("Message-ID", m),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "unrelated", False, None, [],
        "Linux Foundation: CKA exam passed",
        "Another certification program's result and badge; not AWS")

    X.e1_ack()

    # 073 Atlassian support request resolved
    m = mid_generic("073", "atlassian.net")
    body = """Priya Raman-Sato,

Your request PSSRV-118274 "Jira Cloud site migration - users missing after import"
has been resolved.

Resolution: the missing users were restored from the import log. Please check
that all 42 accounts appear under Directory > Users.

If this didn't fix the problem, reply to this email within 5 days and the
request will be reopened.

How did we do? Rate your experience: https://support.atlassian.com/feedback/PSSRV-118274

Atlassian Support
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("atlassian.net")),
        ("From", "Atlassian Support <support@atlassian.net>"),
        ("To", ME_PERSONAL),
        ("Subject", "[Atlassian Support] PSSRV-118274 Resolved: Jira Cloud site migration - users missing after import"),
        ("Date", date("2025-04-14 06:40:11")),
        ("Message-ID", m),
    ], text(body, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "Atlassian support request resolved (new job)",
        "Another vendor's resolved case with a reopen offer and a rating link")

    X.fastmail_renewal()

    # 074 AWS marketing: exam discount
    m = mid_ses("074")
    plain = """Ready for your next AWS Certification?

For a limited time, take any AWS Certification exam at 50%% off when you
complete an Exam Prep course on AWS Skill Builder before 30 June 2025.

Claim your discount: https://aws.amazon.com/certification/offers/?trk=%s

Already certified? Recertify at a discount from your AWS Certification account.

Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/unsubscribe.html
""" % h("074", 10)
    htm = ("<html><body><h2>Ready for your next AWS Certification?</h2><p>For a limited time, take any AWS Certification "
           "exam at <b>50% off</b> when you complete an Exam Prep course on AWS Skill Builder before 30 June 2025.</p>"
           "<p><a href=\"https://aws.amazon.com/certification/offers/\">Claim your discount</a></p>"
           "<p style=\"font-size:11px\">Unsubscribe</p></body></html>")
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "Take 50% off your next AWS Certification exam"),
        ("Date", date("2025-04-14 16:00:02")),
        ("Message-ID", m),
        ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html>"),
    ] + ses_headers("074"), multipart("alternative", [text(plain, cte="7bit", charset="us-ascii"),
                                                      html(htm, cte="7bit", charset="us-ascii")], "074"))
    add(raw, "unrelated", False, None, [],
        "AWS marketing: 50% exam discount offer",
        "Marketing under the display name 'AWS Training and Certification' about the same 50% benefit as case C")

    # 075 owner answers the new colleague
    m = mid_fm("075")
    body = """Hi Daniel,

Here you go - all on my personal certification account now:

  Candidate ID: %s
  AWS Certified Solutions Architect - Professional   validation 2HQ8M0B1KJE4QG3X
  AWS Certified Developer - Associate                validation 7G2KQ1D1LBE4QH3K
  AWS Certified Solutions Architect - Associate      validation V4R7TQ2LNB1EQZ9P
  AWS Certified Cloud Practitioner                   validation 1XKD5B7C2M44QH0Q

I'll accept the Partner Central invite as soon as it shows up.

Priya

On Tue, Apr 8, 2025, at 11:19, Daniel Osei wrote:
> Could you send me the validation numbers of your AWS certifications (and your
> candidate ID, if handy)?
""" % CAND_NEW
    raw = build([
        ("From", addr(ME_NAME, ME_PERSONAL)),
        ("To", "Daniel Osei <daniel.osei@kilncopper.io>"),
        ("Subject", "Re: Your AWS certs for our partner profile"),
        ("Date", date("2025-04-15 09:02:44", "+0900")),
        ("Message-ID", m),
        ("In-Reply-To", mid_generic("068", "kilncopper.io")),
        ("References", mid_generic("068", "kilncopper.io")),
        ("User-Agent", "Fastmail"),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "user_reply", False, None, [CAND_NEW],
        "Owner sends her certifications to the new colleague",
        "Owner's mail with candidate ID and validation numbers, unrelated to any case")

    X.calendar_invite()

    # 076 newsletter with a reader story that quotes a merge confirmation
    m = mid_generic("076", "mail.cloudkettle.dev")
    body = """Cloud Kettle Weekly #224 - 15 April 2025

From the mailbag: moving your AWS certifications

Reader K. from Nagoya wrote in about moving certifications off a work address:

  "I filed the Training and Certification form, got a case number within a
  minute, and a day later support wrote: 'Please confirm that both accounts
  belong to you and tell us which one we should keep.' I replied 'Confirmed,
  keep Account #1' and the merge was done before lunch. The only snag: my
  50%% voucher vanished and I had to open a second case for it."

Our tip: write down your candidate ID (AWSxxxxxxxx, top right of the
certification page) and the voucher code before you start.

Got a story? Reply to this email.

-- The Cloud Kettle crew
Unsubscribe: https://cloudkettle.dev/u/%s
""" % h("076u", 12)
    raw = build([
        ("Return-Path", "<bounces+4471@mail.cloudkettle.dev>"),
        ("Authentication-Results", ar_fastmail("cloudkettle.dev", "mail.cloudkettle.dev", policy="none")),
        ("From", "Cloud Kettle Weekly <hello@cloudkettle.dev>"),
        ("To", ME_PERSONAL),
        ("Subject", "Cloud Kettle Weekly #224: the merge that ate a voucher"),
        ("Date", date("2025-04-15 07:02:09")),
        ("Message-ID", m),
        ("List-Unsubscribe", "<https://cloudkettle.dev/u/%s>" % h("076u", 12)),
        ("Precedence", "bulk"),
    ], text(body, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "Newsletter quoting a reader's merge confirmation",
        "Contains a quoted 'Please confirm that both accounts belong to you…' request and 'Confirmed'; bulk mail")

    X.e2_confirmation_ja()
