"""Messages 001-012: before the merge (ack, duplicate, partner hold, wrong address)."""
from common import *

B008 = """Hello Mirei,

Thank you for your patience while I looked into your request.

When I pulled up the certification account registered to
m.kanzaki@sorano-works.co.jp (candidate ID AWS07731482), I found that it is
connected to the AWS Partner Network profile of Sorano Works Inc. Records that
belong to a partner organization count toward that partner's certification
totals, so we are not able to move them to another account while the holder
still works for the partner, and not without the partner being informed.

For that reason I have placed your case on hold for now. Nothing has been
changed on either account.

Before I can contact the partner and move forward, I need two things from you:
confirmation that you are leaving Sorano Works, and the date your employment
there ends.

Best regards,
Priya S.
AWS Training and Certification Customer Service"""

B009 = """Hello Priya,

Yes, I confirm that I am leaving Sorano Works Inc. My last working day is
March 31, 2025, and this mailbox will be closed after that date.

Best regards,
Mirei Kanzaki
Sorano Works Inc. | Cloud Integration Division
Tel: 03-5321-8874"""

B011 = """Hello Mirei,

Thank you for the quick answer, and congratulations on your next step.

I noticed that your reply came from m.kanzaki@sorano-works.co.jp. This case was
opened with mirei.kanzaki@kumomail.jp as its contact address, and for account
security I can only act on a confirmation that comes from the contact address
on the case, which is also the account you want to keep.

Please send the same confirmation (that you are leaving Sorano Works, and your
last day) as a reply to this email from mirei.kanzaki@kumomail.jp. As soon as I
have it, I will reach out to the partner administrator.

Best regards,
Priya S.
AWS Training and Certification Customer Service"""


def messages():
    out = []
    S = lambda c: "RE:[CASE %s] %s" % (c, SUBJ_TC)

    # 001 colleague, farewell party RSVP (ISO-2022-JP)
    d = t(2025, 3, 10, 18, 2)
    body = """神崎さん

お疲れさまです。佐伯です。

3月末でご退職とのことで、ささやかですが送別会を企画しました。

　日時：3月27日(木) 19:00〜
　場所：新宿三丁目「炉端 かぜよみ」
　会費：なし(部で負担します)

ご都合を3月14日(金)までにこのメールへの返信でお知らせください。
アレルギー等があれば合わせて教えていただけると助かります。

佐伯 健吾
ソラノワークス株式会社 クラウドインテグレーション部"""
    eml = mail(d, addr("佐伯 健吾", "k.saeki@sorano-works.co.jp", "iso-2022-jp"), ME_C,
               "【ご案内】神崎さん送別会について", plain(body, "iso-2022-jp", "7bit"),
               mid_outlook("001"), cc="cloud-int@sorano-works.co.jp",
               trace=[("Received", "from TYCP286MB2210.JPNP286.PROD.OUTLOOK.COM ([fe80::1c2a]) by\n"
                       "\tTYCP286MB2210.JPNP286.PROD.OUTLOOK.COM ([fe80::1c2a%5]) with mapi id 15.20.8534.027;\n"
                       "\t" + format_datetime(d.astimezone(UTC)))],
               extra=[("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
               subj_cs="iso-2022-jp", crlf=True)
    out.append(rec(d, eml, "unrelated", False, None, [],
                   "Colleague invites the owner to a farewell party, asks for an RSVP by reply",
                   "explicit request to reply, but from a colleague, not support; ISO-2022-JP, CRLF"))

    # 002 CertMetrics expiry notice to the company address
    d = t(2025, 3, 11, 9, 15, tz=UTC)
    txt = """Hello Mirei,

Your AWS Certified Solutions Architect - Associate certification expires on
May 10, 2025.

Candidate ID: AWS07731482
Validation number: 7QK2M9HX5B1E4RWP

To keep your certification active, pass the current version of the exam (or a
higher-level exam in the same path) before the expiration date. Your 50%
discount benefit from your last exam can be applied when you schedule.

Sign in to your AWS Certification Account to see your options:
https://www.aws.training/Certification

AWS Certification
This is an automated message. Please do not reply."""
    htm = ("<html><body style=\"font-family:Arial\"><p>Hello Mirei,</p><p>Your <b>AWS Certified "
           "Solutions Architect - Associate</b> certification expires on <b>May 10, 2025</b>.</p>"
           "<table><tr><td>Candidate ID</td><td>AWS07731482</td></tr><tr><td>Validation number</td>"
           "<td>7QK2M9HX5B1E4RWP</td></tr></table><p>To keep your certification active, pass the current "
           "version of the exam (or a higher-level exam in the same path) before the expiration date. "
           "Your 50% discount benefit from your last exam can be applied when you schedule.</p>"
           "<p><a href=\"https://www.aws.training/Certification\">Sign in to your AWS Certification Account</a></p>"
           "<p style=\"color:#777\">AWS Certification<br>This is an automated message. Please do not reply.</p>"
           "</body></html>")
    eml = mail(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
               "Your AWS Certification expires in 60 days", alt("002", plain(txt), html(htm)),
               mid_gen("002", "certmetrics.com"),
               trace=[("Authentication-Results", ar_sorano("bounce.certmetrics.com", "certmetrics.com"))])
    out.append(rec(d, eml, "certification", False, None, ["AWS07731482"],
                   "CertMetrics: SAA expires in 60 days (old company account)",
                   "certification mail with a candidate ID, sent to the company address"))

    # 003 Builder ID code
    d = t(2025, 3, 13, 20, 41)
    txt = """Hello,

To finish creating your AWS Builder ID, enter this verification code:

    482913

The code expires in 30 minutes. If you did not try to create an AWS Builder ID,
you can ignore this message.

Amazon Web Services"""
    eml = mail(d, addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
               plain(txt, cte="7bit"), mid_gen("003", "signin.aws"),
               trace=[("Received", recv_kumo(d, "a48-112.smtp-out.amazonses.com", "54.240.48.112")),
                      ("Authentication-Results", ar_kumo("signin.aws", "amazonses.com", "signin.aws"))])
    out.append(rec(d, eml, "unrelated", False, None, [],
                   "Builder ID one-time code (6 digits)", "AWS sender, number that is not a case"))

    # 004 acknowledgement, case A
    d = t(2025, 3, 13, 21, 5, tz=UTC)
    txt = """Hello Mirei,

Thank you for reaching out to AWS Training and Certification. We've logged your
request under case ID %s.

What you sent us:
  Inquiry type: Certification
  Additional details: Account Merge
  Candidate ID: AWS11904263
  Description: I am leaving Sorano Works Inc. at the end of March and would
  like to merge my certification account registered to
  m.kanzaki@sorano-works.co.jp (AWS07731482) into my personal account
  mirei.kanzaki@kumomail.jp (AWS11904263). Please keep the personal address on
  file.

A member of our team normally replies within one business day; some requests
take a little longer while we look into them. Submitting the form again for the
same issue creates a second case and can slow things down, so if you have
something to add, simply reply to this message.

Kind regards,
AWS Training and Certification Customer Service""" % CASE_A
    htm = "<html><body><pre style=\"font-family:Arial;white-space:pre-wrap\">%s</pre></body></html>" % txt
    eml = mail(d, TC_FROM, ME_P, "[CASE %s] %s" % (CASE_A, SUBJ_TC), alt("004", plain(txt), html(htm)),
               mid_ses("004"), trace=ses_inbound(d))
    out.append(rec(d, eml, "acknowledgement", False, CASE_A, ["AWS11904263", "AWS07731482"],
                   "Acknowledgement of the merge form, echoes the submitted text",
                   "'if you have something to add, reply' is only an invitation; IDs sit in the echoed form"))

    # 005 acknowledgement of the accidental duplicate
    d = t(2025, 3, 13, 21, 11, tz=UTC)
    txt = txt.replace(CASE_A, CASE_ADUP).split("What you sent us:")[0] + """What you sent us:
  Inquiry type: Certification
  Additional details: Account Merge
  Candidate ID: (not provided)
  Description: Merge request. company account m.kanzaki@sorano-works.co.jp ->
  personal mirei.kanzaki@kumomail.jp. I leave the company on 3/31.

A member of our team normally replies within one business day; some requests
take a little longer while we look into them. Submitting the form again for the
same issue creates a second case and can slow things down, so if you have
something to add, simply reply to this message.

Kind regards,
AWS Training and Certification Customer Service"""
    eml = mail(d, TC_FROM, ME_P, "[CASE %s] %s" % (CASE_ADUP, SUBJ_TC), plain(txt, cte="7bit"),
               mid_ses("005"), trace=ses_inbound(d))
    out.append(rec(d, eml, "acknowledgement", False, CASE_ADUP, [],
                   "Acknowledgement of a second, duplicate form sent six minutes later",
                   "duplicate case: second case number for the same request"))

    # 006 GitHub merged
    d = t(2025, 3, 13, 23, 30)
    txt = """Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/mkanzaki/cert-notes/pull/41#event-16853302741
You are receiving this because you authored the thread."""
    htm = ("<p>Merged <a href=\"https://github.com/mkanzaki/cert-notes/pull/41\">#41</a> into main.</p>"
           "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
           "<a href=\"https://github.com/mkanzaki/cert-notes/pull/41#event-16853302741\">view it on GitHub</a>."
           "<br>You are receiving this because you authored the thread.</p>")
    eml = mail(d.astimezone(UTC), addr("hiro-tsu", "notifications@github.com"),
               addr("mkanzaki/cert-notes", "cert-notes@noreply.github.com"),
               "Re: [mkanzaki/cert-notes] Add account merge checklist (PR #41)",
               alt("006", plain(txt, cte="7bit"), html(htm, cte="7bit")),
               "<mkanzaki/cert-notes/pull/41/issue_event/16853302741@github.com>",
               cc=addr("Mirei Kanzaki", ME_P) + ", Author <author@noreply.github.com>",
               irt="<mkanzaki/cert-notes/pull/41@github.com>", refs="<mkanzaki/cert-notes/pull/41@github.com>",
               trace=[("Received", recv_kumo(d, "out-21.smtp.github.com", "192.30.252.204")),
                      ("Authentication-Results", ar_kumo("github.com", "github.com", "github.com", policy="REJECT"))],
               extra=[("List-ID", "mkanzaki/cert-notes <cert-notes.mkanzaki.github.com>"),
                      ("X-GitHub-Reason", "author")])
    out.append(rec(d, eml, "unrelated", False, None, [], "GitHub: pull request merged",
                   "'Merged' and 'account merge' in the subject, nothing to do with AWS"))

    # 007 duplicate closed
    d = t(2025, 3, 14, 10, 2, tz=PDT).astimezone(PDT)
    txt = """Hello,

Thanks for getting in touch. I can see that the same request reached us twice,
a few minutes apart. We'll handle everything under case %s, so I'm closing
this one (%s) to keep the conversation in one place.

There's nothing you need to do on this case. Our next message will come on the
other one.

Regards,
Tomas R.
AWS Training and Certification Customer Service""" % (CASE_A, CASE_ADUP)
    eml = mail(d, TC_FROM, ME_P, S(CASE_ADUP), plain(txt, cte="7bit"), mid_ses("007"),
               irt=mid_ses("005"), refs=[mid_ses("005")], trace=ses_inbound(d))
    out.append(rec(d, eml, "case_update", False, CASE_ADUP, [],
                   "Support closes the duplicate case and points to case A",
                   "mentions two case numbers; 'closing' but not for lack of an answer"))

    # 008 partner hold with a buried question
    d = t(2025, 3, 14, 16, 40).astimezone(IST)
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(B008), mid_ses("008"), cc=ME_C,
               irt=mid_ses("004"), refs=[mid_ses("004")], trace=ses_inbound(d), crlf=True)
    out.append(rec(d, eml, "on_hold", True, CASE_A, ["AWS07731482"],
                   "Case put on hold: old account belongs to an APN partner",
                   "hold, but the last paragraph asks for confirmation and a leaving date without a question mark"))

    # 009 owner answers from the company address (Outlook, top-posted)
    d = t(2025, 3, 14, 17, 25)
    q = ("________________________________\nFrom: Amazon Web Services <%s>\nSent: Friday, March 14, "
         "2025 4:40 PM\nTo: %s\nCc: %s\nSubject: %s\n\n%s" % (TC, ME_P, ME_C, S(CASE_A), B008))
    eml = mail(d, addr("Kanzaki Mirei", ME_C), TC, "RE: " + S(CASE_A), plain(B009 + "\n\n" + q),
               mid_outlook("009"), cc=ME_P, irt=mid_ses("008"), refs=[mid_ses("004"), mid_ses("008")],
               extra=[("Thread-Topic", S(CASE_A)), ("Content-Language", "en-US")], crlf=True)
    out.append(rec(d, eml, "user_reply", False, CASE_A, [],
                   "Owner confirms leaving, but from the company address (Outlook top-post)",
                   "quoted hold mail below carries the request and a candidate ID"))

    # 010 AWS marketing (Japanese, HTML only, base64)
    d = t(2025, 3, 15, 8, 0)
    htm = """<html><body style="font-family:sans-serif">
<h2>AWS Summit Japan 2025 事前登録受付中</h2>
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>今年の AWS Summit Japan は 2 日間で 150 以上のセッションを予定しています。
認定資格保有者向けラウンジもご用意しました。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">このメールは配信専用アドレスから送信されています。配信停止は
<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p>
</body></html>"""
    eml = mail(d.astimezone(UTC), addr("AWS イベント", "aws-marketing-email-replies@amazon.com"), ME_P,
               "【AWS Summit Japan】事前登録受付中 - セッション一覧を公開しました",
               html(htm, cte="base64"), mid_gen("010", "pages.awscloud.com"),
               trace=[("Received", recv_kumo(d, "mkto-sj150027.com", "199.15.215.27")),
                      ("Authentication-Results", ar_kumo("amazon.com", "mktomail.com", "amazon.com"))],
               extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])
    out.append(rec(d, eml, "unrelated", False, None, [], "AWS marketing, Japanese, HTML only",
                   "genuine AWS sender and pass results, but marketing"))

    # 011 please reply from the case address
    d = t(2025, 3, 15, 14, 5).astimezone(IST)
    q = "\n\n---- Original Message ----\nFrom: %s\nSent: 3/14/2025 8:25 AM\n\n%s" % (ME_C, B009)
    eml = mail(d, TC_FROM, ME_C, S(CASE_A), plain(B011 + q), mid_ses("011"), irt=mid_outlook("009"),
               refs=[mid_ses("008"), mid_outlook("009")], trace=ses_inbound(d, to=ME_C))
    out.append(rec(d, eml, "info_request", True, CASE_A, [],
                   "Support asks the owner to resend the confirmation from the personal address",
                   "wrong-address reply; the ask is to write from another address; lands in the company mailbox"))

    # 012 owner resends from personal address (Gmail-style quote)
    d = t(2025, 3, 16, 10, 30)
    own = """Hello Priya,

Writing from my personal address as you asked. I confirm that I am leaving
Sorano Works Inc.; my last day there is March 31, 2025. Please go ahead.

Thank you,
Mirei Kanzaki"""
    q = "\n\nOn Sat, Mar 15, 2025 at 14:05, Amazon Web Services <%s> wrote:\n%s" % (TC, quote(B011))
    eml = mail(d, addr(ME_NAME, ME_P), TC, "Re: " + S(CASE_A), plain(own + q), mid_kumo("012"),
               irt=mid_ses("011"), refs=[mid_ses("008"), mid_outlook("009"), mid_ses("011")],
               extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, CASE_A, [],
                   "Owner resends the confirmation from the personal address", "quoted request under it"))
    return out
