# Messages 030-039 (1 - 10 Mar 2025): wrong address, hold, hold lifted, confirmation request.
from gen_lib import *  # noqa: F401,F403
from gen_part03 import SUBJ_A


def run():
    # 030 suspicious: From the real T&C form address, DMARC fails
    m = "<%s@mail-relay07.vps-nodes.net>" % h("030", 18)
    fake_case = "174070112300588"
    body = """Hello,

Your AWS Certification account merge is pending identity verification.

Before we can move your certifications, we must confirm that the accounts in
your request belong to you. Sign in with your AWS Builder ID through the secure
verification page below within 48 hours:

  https://aws-training-verify.com/merge/confirm?case=%s

If the verification is not completed in time, both accounts will be locked and
your certifications may be revoked.

AWS Training and Certification Customer Support
""" % fake_case
    raw = build([
        ("Authentication-Results", ("mx2.messagingengine.com;\n"
                                    "    dkim=none (no signatures found);\n"
                                    "    spf=fail smtp.mailfrom=amazon.com smtp.remote-ip=185.212.44.19;\n"
                                    "    dmarc=fail policy.published-domain-policy=quarantine header.from=amazon.com")),
        ("Received-SPF", "fail (amazon.com: 185.212.44.19 is not a permitted sender) client-ip=185.212.44.19"),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("Reply-To", "verify-team@aws-training-verify.com"),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (fake_case, SUBJ_A)),
        ("Date", date("2025-03-01 16:20:33")),
        ("Message-ID", m),
        ("X-Spam-Score", "6.1"),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "suspicious", False, None, [],
        "Spoofed T&C case mail: real sender address, DMARC fail, link to a lookalike site",
        "Uses the genuine From address and the real subject format with a made-up case number; only Authentication-Results and the link give it away")

    # 031 A4 info request: write from the address on the case
    IDS["A4"] = mid_ses("A4")
    body = """Hi Priya,

Thanks for letting us know your dates - that's useful for the partner review.

Your message reached us from p.ramansato@hoshizora-syscom.co.jp, which isn't
the contact address on this case. For any change to certification records we
can only act on instructions from the address the request was filed with.

Would you send that answer once more from priya.rs@fastmail.com? Replying to
this email from that mailbox is enough.

Best,
Tobias
AWS Training and Certification Customer Support
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-02 01:47:10")),
        ("Message-ID", IDS["A4"]),
        ("In-Reply-To", IDS["A3"]),
        ("References", fold_refs([IDS["A1"], IDS["A2"], IDS["A3"]])),
    ] + ses_headers("A4"), text(body, cte="7bit", charset="us-ascii"))
    add(raw, "info_request", True, CASE_A, [],
        "Case A: support asks her to resend the answer from the address on the case",
        "Wrong-address request phrased as a question ('Would you send…'), opens with thanks")

    # 032 A5 owner re-sends from personal (Fastmail)
    IDS["A5"] = mid_fm("A5")
    body = """Hi Tobias,

Sure - writing from my personal address now.

I'm still employed at Hoshizora Syscom until 31 March 2025 (last working day
28 March). Please keep priya.rs@fastmail.com as the address on file.

Thanks,
Priya

On Sun, Mar 2, 2025, at 10:47, AWS Training and Certification wrote:
> Hi Priya,
>
> Thanks for letting us know your dates - that's useful for the partner review.
>
> Your message reached us from p.ramansato@hoshizora-syscom.co.jp, which isn't
> the contact address on this case. For any change to certification records we
> can only act on instructions from the address the request was filed with.
>
> Would you send that answer once more from priya.rs@fastmail.com? Replying to
> this email from that mailbox is enough.
>
> Best,
> Tobias
"""
    raw = build([
        ("From", addr(ME_NAME, ME_PERSONAL)),
        ("To", addr("AWS Training and Certification", TC_FORM)),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-02 11:05:18", "+0900")),
        ("Message-ID", IDS["A5"]),
        ("In-Reply-To", IDS["A4"]),
        ("References", fold_refs([IDS["A1"], IDS["A2"], IDS["A3"], IDS["A4"]])),
        ("User-Agent", "Fastmail"),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "user_reply", False, CASE_A, [],
        "Owner re-sends the answer from the personal address",
        "Quoted request ('Would you send…') under her own reply")

    # 033 APN alliance lead at the old company (Japanese)
    m = mid_outlook("033")
    body = """プリヤさん

アライアンス推進室の森です。
AWS のパートナーチームから、プリヤさんの認定アカウントを当社の APN から
外してよいか確認の連絡がありました。退職日も人事から聞いていますので、
Partner Central 上で紐付けの解除を申請しておきました。

反映には数日かかるそうです。新しい職場でもがんばってください!
何か必要な書類があれば言ってください。

森 裕介
アライアンス推進室
星空システムコム株式会社
"""
    raw = build([
        ("Authentication-Results", ar_m365("hoshizora-syscom.co.jp")),
        ("From", addr("森 裕介", "y.mori@hoshizora-syscom.co.jp")),
        ("To", addr("ラマン佐藤 プリヤ", ME_COMPANY)),
        ("Subject", enc("Re: AWS認定アカウントの件")),
        ("Date", date("2025-03-03 14:22:09", "+0900")),
        ("Message-ID", m),
        ("In-Reply-To", mid_outlook("033-orig")),
        ("Thread-Topic", enc("AWS認定アカウントの件")),
        ("Content-Language", "ja-JP"),
    ], text(body, charset="iso-2022-jp", cte="7bit"), crlf=True)
    add(raw, "unrelated", False, None, [],
        "Colleague (APN alliance lead) says he asked to release her record",
        "About case A's hold, but from a colleague, not support; no case number")

    # 034 A6 on hold, nothing asked
    IDS["A6"] = mid_ses("A6")
    body = """Hello Priya,

Thank you for confirming from this address.

I've passed your dates on to our partner team. Your case will stay on hold until
Hoshizora Syscom confirms the release of the certification record; I'll write
again as soon as I hear back from them. There's nothing you need to do in the
meantime.

Regards,
Rhea M.
AWS Training and Certification Customer Support
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-04 07:30:56")),
        ("Message-ID", IDS["A6"]),
        ("In-Reply-To", IDS["A5"]),
        ("References", fold_refs([IDS["A1"], IDS["A2"], IDS["A4"], IDS["A5"]])),
    ] + ses_headers("A6"), text(body, cte="quoted-printable"))
    add(raw, "on_hold", False, CASE_A, [],
        "Case A still on hold for the partner; nothing asked",
        "Hold without a question; 'nothing you need to do'")

    # 035 Dependabot
    m = "<hoshizora/infra-modules/pull/431@github.com>"
    body = """Bumps boto3 from 1.36.2 to 1.37.4.

Dependabot will resolve any conflicts with this PR as long as you don't alter it
yourself. You can also trigger a rebase manually by commenting @dependabot rebase.

You can view, comment on, or merge this pull request online at:
  https://github.com/hoshizora/infra-modules/pull/431

-- 
Reply to this email directly or view it on GitHub.
"""
    raw = build([
        ("Authentication-Results", ar_m365("github.com")),
        ("From", addr("dependabot[bot]", "notifications@github.com")),
        ("Reply-To", "hoshizora/infra-modules <reply+%s@reply.github.com>" % h("035r", 30)),
        ("To", "hoshizora/infra-modules <infra-modules@noreply.github.com>"),
        ("Cc", "Subscribed <subscribed@noreply.github.com>"),
        ("Subject", "[hoshizora/infra-modules] Bump boto3 from 1.36.2 to 1.37.4 (PR #431)"),
        ("Date", date("2025-03-05 00:04:17")),
        ("Message-ID", m),
        ("X-GitHub-Sender", "dependabot[bot]"),
    ], text(body, cte="7bit", charset="UTF-8"))
    add(raw, "unrelated", False, None, [],
        "GitHub Dependabot PR",
        "Invites merging and replying; not support")

    # 036 AWS Educate form case (another AWS program)
    m = mid_ses("036")
    educ_case = "174124152900071"
    body = """Hello Priya,

Thank you for reaching out to AWS Educate.

To approve your educator access for the Osaka Tech Collective student group, we
need to verify your affiliation with the institution. Could you reply with a
link to a page on the institution's website that lists you as a mentor or
instructor, or send the request from your institutional email address?

Once we have this, approval usually takes one to two business days.

Thank you,
Jun
AWS Educate Support
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - educator-access" % educ_case),
        ("Date", date("2025-03-06 06:40:02")),
        ("Message-ID", m),
    ] + ses_headers("036"), text(body, cte="7bit", charset="us-ascii"))
    add(raw, "unrelated", False, None, [],
        "AWS Educate form case asks for proof of affiliation",
        "Same aws-cs-*-form sender family and subject shape, a real request, but another program: not a T&C case")

    # 037 A7 hold lifted, subject without the case token
    IDS["A7"] = mid_ses("A7")
    plain = """Hello Priya,

Case ID: %s

Good news: Hoshizora Syscom has released your certification record, and the
partner hold on your request has been lifted.

I've handed your request to our certification records team, who carry out
account merges. They will get in touch with you to go over the details before
anything is changed.

Warm regards,
Anjali
AWS Training and Certification Customer Support
""" % CASE_A
    htm = ("<html><body><p>Hello Priya,</p><p>Case ID: %s</p><p>Good news: Hoshizora Syscom has released "
           "your certification record, and the partner hold on your request has been lifted.</p>"
           "<p>I've handed your request to our certification records team, who carry out account merges. "
           "They will get in touch with you to go over the details before anything is changed.</p>"
           "<p>Warm regards,<br>Anjali<br>AWS Training and Certification Customer Support</p></body></html>") % CASE_A
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "Update on your AWS Certification account merge request"),
        ("Date", date("2025-03-07 03:12:29")),
        ("Message-ID", IDS["A7"]),
        ("In-Reply-To", IDS["A6"]),
        ("References", fold_refs([IDS["A1"], IDS["A2"], IDS["A6"]])),
    ] + ses_headers("A7"), multipart("alternative", [text(plain), html(htm)], "A7"))
    add(raw, "case_update", False, CASE_A, [],
        "Case A: partner hold lifted, passed to the records team",
        "No [CASE] token in the subject (case ID only in the body and References); announces a future check, asks nothing now")

    # 038 connpass / JAWS-UG event (Japanese)
    m = mid_generic("038", "connpass.com")
    body = """JAWS-UG 大阪 のイベントが公開されました。

■ JAWS-UG 大阪 #58 「認定資格の取り方・活かし方」LT 大会
日時: 2025/03/21(金) 19:00〜21:00
会場: 大阪市北区 (詳細は参加者のみに公開)
参加枠: 一般 40 名 / LT 枠 6 名

LT 枠で登壇いただける方を募集しています。
「転職時に AWS 認定アカウントを移した話」など、ちょっとした体験談でも大歓迎です。
参加をご希望の方は、イベントページから申し込んでください。

https://jawsug-osaka.connpass.com/event/34%s/

このメールは connpass から送信されています。配信停止は設定ページから行えます。
""" % str(int(h("038", 6), 16) % 9000 + 1000)
    raw = build([
        ("Authentication-Results", ar_fastmail("connpass.com")),
        ("From", addr("connpass", "no-reply@connpass.com")),
        ("To", ME_PERSONAL),
        ("Subject", enc("JAWS-UG 大阪 #58 「認定資格の取り方・活かし方」LT 大会 が公開されました")),
        ("Date", date("2025-03-07 19:00:03", "+0900")),
        ("Message-ID", m),
    ], text(body, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "Community event announcement (Japanese)",
        "Mentions moving an AWS certification account and asks for sign-ups")

    # 039 A8 confirmation request, HTML only with a table
    IDS["A8"] = mid_ses("A8")
    row = "<tr><td style=\"border:1px solid #ccc;padding:4px 8px\">%s</td><td style=\"border:1px solid #ccc;padding:4px 8px\">%s</td></tr>"
    t1 = "".join(row % r for r in [
        ("Login email", ME_PERSONAL), ("Training notification email", ME_PERSONAL),
        ("Certification notification email", ME_PERSONAL), ("Candidate ID", CAND_NEW),
        ("Certifications", "none")])
    t2 = "".join(row % r for r in [
        ("Login email", ME_COMPANY), ("Training notification email", ME_COMPANY),
        ("Certification notification email", ME_COMPANY), ("Candidate ID", CAND_OLD),
        ("Certifications", "AWS Certified Developer &ndash; Associate; AWS Certified Solutions Architect &ndash; "
                           "Associate; AWS Certified Cloud Practitioner")])
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
           "<body style=\"font-family:Arial,sans-serif;font-size:13px\">"
           "<p>Hello Priya,</p>"
           "<p>I'm Keoni from the AWS Certification records team, picking up case %s from my colleague Anjali.</p>"
           "<p>Before I merge anything, I need you to look over the two accounts we found:</p>"
           "<p><b>Account #1</b></p><table style=\"border-collapse:collapse\">%s</table>"
           "<p><b>Account #2</b></p><table style=\"border-collapse:collapse\">%s</table>"
           "<p>The partner link on Account #2 has already been removed, so no further action is required from "
           "Hoshizora Syscom.</p>"
           "<p>After the merge, Account #2 is closed and its exam history, certifications and benefits move to "
           "Account #1, which keeps the login <b>%s</b>.</p>"
           "<p>Are both accounts yours, and shall I merge them into Account #1? A short reply such as "
           "&ldquo;Confirmed&rdquo; is all I need.</p>"
           "<p>Mahalo,<br>Keoni<br>AWS Certification Records | AWS Training and Certification</p>"
           "</body></html>") % (CASE_A, t1, t2, ME_PERSONAL)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-10 04:55:38")),
        ("Message-ID", IDS["A8"]),
        ("In-Reply-To", IDS["A7"]),
        ("References", fold_refs([IDS["A1"], IDS["A2"], IDS["A6"], IDS["A7"]])),
    ] + ses_headers("A8"), html(htm, cte="quoted-printable"))
    add(raw, "confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD],
        "Case A: records team lists Account #1/#2 in HTML tables and asks to confirm the merge",
        "HTML-only, quoted-printable tables; contains 'no further action is required' (about the partner) before the real question")
