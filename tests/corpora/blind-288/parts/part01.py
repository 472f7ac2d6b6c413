# Message definitions, part 1: run by ../gen.py in its own namespace, in file order.

# ============================================================ 001 GitHub merged
d = dt("2025-09-01T01:12:40")
gh_parent = "<nordlight/infra-modules/pull/212@github.com>"
add("gh", "unrelated", False, None, [],
    m365_in(d, "github.com", "192.30.252.206", fromdom="github.com") + [
        ("Date", rdate(d)),
        ("From", addr("Aya Kurosawa", "notifications@github.com")),
        ("Reply-To", "nordlight/infra-modules <reply+AB3X7Q%s@reply.github.com>" % _hex(20).upper()),
        ("To", "nordlight/infra-modules <infra-modules@noreply.github.com>"),
        ("Cc", "%s, Review requested <review_requested@noreply.github.com>" % addr(ME, C)),
        ("Subject", "Re: [nordlight/infra-modules] Bump hashicorp/aws to 6.11 and merge the two IAM role modules (PR #212)"),
        ("Message-ID", "<nordlight/infra-modules/pull/212/issue_event/19823411@github.com>"),
        ("In-Reply-To", gh_parent), ("References", gh_parent),
        ("List-ID", "nordlight/infra-modules <infra-modules.nordlight.github.com>"),
        ("X-GitHub-Reason", "review_requested"),
    ],
    alt("Merged #212 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/nordlight/infra-modules/pull/212#event-19823411\nYou are receiving this because your review was requested.\n\nMessage ID: <nordlight/infra-modules/pull/212/issue_event/19823411@github.com>\n",
        '<p>Merged <a href="https://github.com/nordlight/infra-modules/pull/212">#212</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/nordlight/infra-modules/pull/212#event-19823411">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>',
        text_cte="7bit", html_cte="7bit"),
    "GitHub 'Merged #212' notification with a Re: subject; the word merge and a reply thread, nothing to do with certification.",
    mid="<nordlight/infra-modules/pull/212/issue_event/19823411@github.com>")

# ============================================================ 002 C4 ack (Japanese, ISO-2022-JP)
d = dt("2025-09-02T01:14:40")
form_c4 = "<form.%s@support.aws.amazon.com>" % _hex(20)
body = """森下 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お送りいただいた内容を受け付け、以下の番号でケースを作成いたしました。

  ケース ID: %s
  お問い合わせタイプ: 認定
  その他の詳細: プロフィールの更新

担当者より、このメールアドレス宛てに原則として 1 営業日以内にご連絡いたします。
内容によっては確認にお時間をいただく場合がございますので、あらかじめご了承ください。

同じご用件で改めてフォームを送信されますと、ケースが重複し、かえってご案内が
遅れる原因となります。追加でお伝えいただきたいことがございましたら、このメールに
そのままご返信ください。

■お問い合わせ内容
----------------------------------------------------------------
My certification profile and certificates show my surname as
"MORISITA", but my passport reads "MORISHITA". I have a Pearson VUE
exam booked for October and I am worried the ID check will fail.
Please correct the spelling.
----------------------------------------------------------------

※本メールは送信専用アドレスから自動でお送りしています。

AWS トレーニングと認定 カスタマーサポート
""" % C4
add("c4_ack", "acknowledgement", False, C4, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "[CASE %s] %s" % (C4, FORM_SUBJ)),
        ("In-Reply-To", form_c4), ("References", form_c4),
    ],
    Leaf(body, "plain", "ISO-2022-JP", "7bit", quote_cs=False),
    "Japanese acknowledgement in ISO-2022-JP with CRLF; echoes the request; 'reply to this mail if you have more' is only a conditional invitation.",
    crlf=True)

# ============================================================ 003 C4 info request
d = dt("2025-09-03T06:48:11")
body = """Hello Kenta,

Thanks for reaching out about the spelling of your name on your certification profile, and for mentioning the upcoming exam \u2014 that helps us prioritise.

A little background on how this works: the name on your certification account is the one we send to Pearson VUE with each booking, and it is also printed on your certificates and digital badges. Because it has to match the identification you present at the test centre, name corrections are handled by a specialist team and can't be made from the profile page once an exam has been taken.

Before I can raise the correction with that team, we need you to confirm two things in a reply to this email:

  1. Your given name and surname exactly as they are printed on the government-issued ID you will bring to the test centre (Latin characters, in the order shown on the ID).
  2. The candidate ID of the certification account that holds your certifications. It is shown in the upper-right corner after you sign in and starts with "AWS" followed by eight digits.

There is no need to send a copy or photo of the ID itself, so please don't attach one.

Kind regards,

Priya
AWS Training and Certification Customer Service
"""
add("c4_ask", "info_request", True, C4, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C4, FORM_SUBJ)),
        ("In-Reply-To", form_c4), ("References", form_c4),
    ],
    Leaf(body, "plain", "UTF-8", "quoted-printable"),
    "The ask comes after two paragraphs of background; 'we need you to confirm two things' plus a numbered list; mentions the AWS+8-digit format without an actual ID.")

# ============================================================ 004 Pearson VUE appointment
d = dt("2025-09-04T11:02:55")
text = """Dear Kenta Morisita,

Thank you for scheduling your exam with Pearson VUE.

Exam: DOP-C02: AWS Certified DevOps Engineer - Professional
Date and time: Saturday, October 25, 2025 10:00 AM Japan Standard Time
Test center: Pearson Professional Centers-Tokyo Shinjuku
Registration ID: 512384977
Candidate ID: %s

Please arrive 30 minutes before your appointment. You will need to present one valid, government-issued ID. The name on your ID must match the name on your Pearson VUE profile exactly. If it does not, contact the exam sponsor before your appointment date; you may be refused admission and lose your exam fee.

To reschedule or cancel, sign in at least 24 hours before your appointment.

Sincerely,
Pearson VUE
This is an automated message. Please do not reply.
""" % A_CO
add("pvue", "unrelated", False, None, [A_CO],
    gmail_in(d, "bounce-%s@pearson.com" % _hex(6), "159.182.40.21", "mta2.pearsonvue.com", dkim="pearson.com", fromdom="pearson.com", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
        ("To", P),
        ("Subject", "Confirmation of your exam appointment - AWS Certified DevOps Engineer - Professional"),
    ],
    alt(text, t2h(text), text_cte="7bit"),
    "Exam vendor confirmation: 9-digit registration ID (not a case), a candidate ID, and an instruction to 'contact the exam sponsor' about the name.",
    mid=mid_at("pearsonvue.com"))

# ============================================================ 005 AWS billing statement
d = dt("2025-09-05T08:31:07")
text = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $1,284.17

[AWS ID 480215577903]

You can see a complete break down of all charges on the Billing & Cost Management page located here: https://console.aws.amazon.com/billing/home#/bill?year=2025&month=8

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail was sent from an address that is not monitored.
"""
add("bill", "unrelated", False, None, [],
    m365_in(d, "amazonses.com", "54.240.8.53") + [
        ("Date", rdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", C),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 480215577903]"),
    ],
    Leaf(text, "plain", "UTF-8", "7bit"),
    "AWS billing mail from the same no-reply-aws@amazon.com sender the console cases use; a 12-digit account ID that is not a case number.")

# ============================================================ 006 C4 closing warning
d = dt("2025-09-09T20:02:31")
text = """Hello Kenta,

I'm following up on case %s about the spelling of the name on your certification profile.

On September 3 we asked for your name exactly as it appears on your ID and for the candidate ID of the account that holds your certifications. We haven't received them yet, and the correction can't go ahead without them.

If we don't hear back within the next 3 business days, this case will be closed automatically. Replying to this email with those two details is all it takes to keep it open.

Regards,
Marco
AWS Training and Certification
""" % C4
add("c4_warn", "closing_notice", True, C4, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C4, FORM_SUBJ)),
    ] + refs("c4_ask", extra=[form_c4]),
    alt(text, t2h(text), html_cte="base64"),
    "Reminder that the case will close in 3 business days; the request is restated in the past tense ('we asked for...').")

# ============================================================ 007 CertMetrics program survey
d = dt("2025-09-10T16:20:04")
text = """AWS Certification

Hi Kenta,

You're receiving this because you hold an active AWS Certification. We are redesigning parts of the certification program and would like to hear how you prepare for exams, which benefits you actually use, and what would make recertifying easier.

The questionnaire takes about ten minutes and is anonymous.

Start the questionnaire: https://survey.certmetrics.com/aws/2025-program

Candidate ID: %s

Thank you for being part of the AWS Certified community.

AWS Training and Certification
Please do not reply to this message. It was sent from an unmonitored address.
""" % A_CO
add("cm_survey", "certification", False, None, [A_CO],
    m365_in(d, "certmetrics.com", "198.21.5.44", fromdom="certmetrics.com") + [
        ("Date", rdate(d)),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", C),
        ("Subject", "Tell us how we can improve AWS Certification"),
    ],
    alt(text, t2h(text), text_cte="quoted-printable"),
    "Certification-program questionnaire (not a support-case survey) from certmetrics, carries the candidate ID.",
    mid=mid_at("certmetrics.com"))
