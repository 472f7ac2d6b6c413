# Messages 021-030 (20 Feb - 1 Mar 2025): cases A and B start.
from gen_lib import *  # noqa: F401,F403

SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"


def run():
    # 021 certmetrics: new certification account created (personal)
    m = mid_generic("021", "certmetrics.com")
    body = """Welcome to AWS Certification, Priya.

Your AWS Certification account is ready.

  Name:          Priya Raman-Sato
  Email:         priya.rs@fastmail.com
  Candidate ID:  %s

Use this Candidate ID whenever you contact AWS Training and Certification or
schedule an exam. You can review your profile, exam history and benefits at
any time from the AWS Certification account page.

AWS Training and Certification
(Do not reply to this message; this address does not receive mail.)
""" % CAND_NEW
    raw = build([
        ("Authentication-Results", ar_fastmail("certmetrics.com")),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_PERSONAL),
        ("Subject", "Your AWS Certification account has been created"),
        ("Date", date("2025-02-20 12:19:44")),
        ("Message-ID", m),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "certification", False, None, [CAND_NEW],
        "New personal certification account created",
        "Certification program mail with the new candidate ID; step 3 of the merge preparation, not a case")

    # 022 Microsoft case auto-closed
    m = mid_generic("022", "css.one.microsoft.com")
    body = """Hello Priya,

We have not received a response regarding case 2502120040001873 (Certification
profile merge request), so the case has now been closed.

If you still need help, reply to this email within 7 days and the case will be
reopened with the same engineer. After that, please open a new request.

Thank you,
Microsoft Certification Support
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("microsoft.com")),
        ("From", "Microsoft Certification Support <supportmail@css.one.microsoft.com>"),
        ("To", ME_PERSONAL),
        ("Subject", "[Case #:2502120040001873] Your case has been closed"),
        ("Date", date("2025-02-21 03:00:12")),
        ("Message-ID", m),
        ("In-Reply-To", mid_generic("017", "css.one.microsoft.com")),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "unrelated", False, None, [],
        "Microsoft closes its merge case for lack of answer",
        "Reads exactly like a closing notice ('reply to reopen') but is another vendor")

    # 023 note to self with the plan and both candidate IDs
    m = mid_fm("023")
    body = """note to self - AWS cert move, before 31 Mar

old (work)  : p.ramansato@hoshizora-syscom.co.jp  -> %s
new (mine)  : priya.rs@fastmail.com               -> %s

- screenshots of exam history + benefits on the old account: done
- DVA cert PDF downloaded: done
- 50%% voucher still unused on the old account (code ends ...Q7KD)
- file the T&C contact form: Certification / Account Merge, keep the fastmail one
- old account is in the Hoshizora APN profile -> ask Mori-san to release it

Last time (2020, Case ID 7128834650, the Tokyo-office duplicate) it took two days.
""" % (CAND_OLD, CAND_NEW)
    raw = build([
        ("From", addr(ME_NAME, ME_PERSONAL)),
        ("To", addr(ME_NAME, ME_PERSONAL)),
        ("Subject", "cert move checklist"),
        ("Date", date("2025-02-21 22:41:07", "+0900")),
        ("Message-ID", m),
        ("User-Agent", "Fastmail"),
    ], text(body, cte="quoted-printable"))
    add(raw, "user_reply", False, None, [CAND_OLD, CAND_NEW],
        "Owner's note to self: checklist with both candidate IDs",
        "Written by the owner to herself; mentions an old 2020 case ID in passing, which this note does not belong to")

    # 024 A1 acknowledgement (English, echoes the form)
    IDS["A1"] = mid_ses("A1")
    body = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been
received and we have opened case %s for it.

The details of your request are below:

  Case ID:         %s
  Inquiry type:    Certification
  Additional info: Account Merge
  Name:            Priya Raman-Sato
  Email:           priya.rs@fastmail.com

  How can we help you?
  I am leaving Hoshizora Syscom at the end of March and would like to merge my
  certification accounts. Addresses used: p.ramansato@hoshizora-syscom.co.jp
  (%s) and priya.rs@fastmail.com (%s). Please keep priya.rs@fastmail.com.

A member of our team will usually respond within 24 hours, though some requests
need more time to investigate. To keep your request moving, please don't open
another case for the same issue; reply to this message instead if you have
something to add.

Sincerely,
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_A, CAND_OLD, CAND_NEW)
    raw = build([
        ("Return-Path", "<0100%s@email.amazonses.com>" % h("A1rp", 20)),
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-02-27 01:18:07")),
        ("Message-ID", IDS["A1"]),
    ] + ses_headers("A1"), text(body, cte="quoted-printable"))
    add(raw, "acknowledgement", False, CASE_A, [CAND_OLD, CAND_NEW],
        "Case A opened: receipt that echoes the form text",
        "Echo of the form contains 'Please keep…' (the owner's words) and both candidate IDs; 'don't open another case' is advice")

    # 025 B1 duplicate acknowledgement, Japanese form, company address
    IDS["B1"] = mid_ses("B1")
    body = """お問い合わせありがとうございます。

AWS トレーニングと認定 カスタマーサポートでは、以下の内容でお問い合わせを承りました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: p.ramansato@hoshizora-syscom.co.jp

お問い合わせ内容:
  3月末で退職するため、会社のメールアドレスで登録している認定アカウントを
  個人のアカウント (priya.rs@fastmail.com) に統合したいです。

通常 24 時間以内に担当者よりご連絡いたします。
すでに同じ内容でケースを作成されている場合は、新たなケースを作成しないでください。
複数のケースがあると、回答が遅れることがあります。

AWS トレーニングと認定
""" % CASE_B
    raw = build([
        ("Authentication-Results", ar_m365("amazon.com", "amazonses.com")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_COMPANY),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_A)),
        ("Date", date("2025-02-27 01:34:02")),
        ("Message-ID", IDS["B1"]),
    ] + ses_headers("B1"), text(body, charset="iso-2022-jp", cte="7bit"))
    add(raw, "acknowledgement", False, CASE_B, [],
        "Case B opened: a second, duplicate form submission from the company address (Japanese)",
        "Duplicate case 16 minutes after A; the ack itself warns against duplicates (〜しないでください), still no reply needed")

    # 026 B2 owner forwards B1 from company to personal (Outlook)
    IDS["B2"] = mid_outlook("B2")
    body = """しまった、日本語フォームからも送ってしまった。二重ケース。
英語のほう (%s) で進めてもらう。こっちは放置でOK?

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年2月27日 10:34
宛先: ラマン佐藤 プリヤ <%s>
件名: RE:[CASE %s] %s

お問い合わせありがとうございます。

AWS トレーニングと認定 カスタマーサポートでは、以下の内容でお問い合わせを承りました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
""" % (CASE_A, TC_FORM, ME_COMPANY, CASE_B, SUBJ_A, CASE_B)
    raw = build([
        ("From", addr("ラマン佐藤 プリヤ", ME_COMPANY)),
        ("To", ME_PERSONAL),
        ("Subject", enc("FW: RE:[CASE %s] %s" % (CASE_B, SUBJ_A))),
        ("Date", date("2025-02-27 10:51:30", "+0900")),
        ("Message-ID", IDS["B2"]),
        ("References", IDS["B1"]),
        ("Thread-Topic", "RE:[CASE %s] %s" % (CASE_B, SUBJ_A)),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("Content-Language", "ja-JP"),
    ], text(body, cte="base64"), crlf=True)
    add(raw, "user_reply", False, CASE_B, [],
        "Owner forwards the duplicate's receipt from work to herself with a note",
        "Forward by the owner; names both case IDs (A in her note, B in the subject)")

    # 027 B3 duplicate closed
    IDS["B3"] = mid_ses("B3")
    body = """Hello Priya,

I'm Marisol from AWS Training and Certification Customer Support.

It looks like the merge request was submitted twice, once in English and once
through the Japanese form. To keep everything in one place I have closed this
case (%s) as a duplicate. Your request is being handled under case %s,
and all further correspondence will happen there.

No further action is required on this case.

Kind regards,
Marisol
AWS Training and Certification Customer Support
""" % (CASE_B, CASE_A)
    raw = build([
        ("Authentication-Results", ar_m365("amazon.com", "amazonses.com")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_COMPANY),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_A)),
        ("Date", date("2025-02-28 02:10:45")),
        ("Message-ID", IDS["B3"]),
        ("In-Reply-To", IDS["B1"]),
        ("References", IDS["B1"]),
    ] + ses_headers("B3"), text(body, cte="7bit", charset="us-ascii"))
    add(raw, "case_update", False, CASE_B, [],
        "Case B closed as a duplicate of A",
        "Says 'closed' but not for lack of answer; mentions both case numbers, belongs to B (subject)")

    # 028 A2 on hold (APN) with a buried question
    IDS["A2"] = mid_ses("A2")
    plain = """Hello Priya,

Thank you for your patience while I looked into this.

I've reviewed the two certification accounts listed in your request. The
account registered to p.ramansato@hoshizora-syscom.co.jp (%s) is linked
to an AWS Partner Network organisation, Hoshizora Syscom K.K. Certifications on
a partner-linked account count toward that partner's standing in the program,
so we are not able to move them until the partner releases the record.

I have placed your case on hold and contacted the partner's alliance lead on
our side. These reviews normally take three to five business days.

One thing that would help us schedule this with the partner: are you still
employed at Hoshizora Syscom, and if so, what will your last day be?

Regards,
Rhea M.
AWS Training and Certification Customer Support
""" % CAND_OLD
    htm = "<html><body><div style=\"font-family:Arial;font-size:13px\">" + "".join(
        "<p>%s</p>" % para.replace("\n", " ") for para in plain.strip().split("\n\n")) + "</div></body></html>"
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Cc", ME_COMPANY),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-02-28 09:02:51")),
        ("Message-ID", IDS["A2"]),
        ("In-Reply-To", IDS["A1"]),
        ("References", IDS["A1"]),
    ] + ses_headers("A2"), multipart("alternative", [text(plain), html(htm)], "A2"))
    add(raw, "on_hold", True, CASE_A, [CAND_OLD],
        "Case A on hold for the APN partner, with one question at the end",
        "Hold for a reason outside the owner, but a question (still employed? last day?) is buried after the explanation, no 'please'")

    # 029 A3 owner answers from the company address (Outlook)
    IDS["A3"] = mid_outlook("A3")
    body = """Hi Rhea,

Yes, I'm still with Hoshizora Syscom. My last working day is March 28 and my
employment ends March 31; this mailbox is switched off that night, so please
use priya.rs@fastmail.com from now on.

Thanks for contacting the partner side.

Priya

________________________________
From: AWS Training and Certification <%s>
Sent: Friday, February 28, 2025 18:02
To: priya.rs@fastmail.com <priya.rs@fastmail.com>
Cc: Priya Raman-Sato <%s>
Subject: RE:[CASE %s] %s

Hello Priya,

Thank you for your patience while I looked into this.

I've reviewed the two certification accounts listed in your request. The
account registered to p.ramansato@hoshizora-syscom.co.jp (%s) is linked
to an AWS Partner Network organisation, Hoshizora Syscom K.K.
[...]
One thing that would help us schedule this with the partner: are you still
employed at Hoshizora Syscom, and if so, what will your last day be?
""" % (TC_FORM, ME_COMPANY, CASE_A, SUBJ_A, CAND_OLD)
    raw = build([
        ("From", addr(ME_NAME, ME_COMPANY)),
        ("To", addr("AWS Training and Certification", TC_FORM)),
        ("Subject", "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-01 09:15:40", "+0900")),
        ("Message-ID", IDS["A3"]),
        ("In-Reply-To", IDS["A2"]),
        ("References", fold_refs([IDS["A1"], IDS["A2"]])),
        ("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Content-Language", "en-US"),
    ], text(body, cte="quoted-printable", charset="us-ascii"), crlf=True)
    add(raw, "user_reply", False, CASE_A, [],
        "Owner answers the hold question from the company address",
        "Own reply sent from the work address (wrong address for this case); question and candidate ID only in the quote")
