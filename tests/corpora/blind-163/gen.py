#!/usr/bin/env python3
"""Generate the blind-163 held-out corpus (standard library only)."""
import os, json, hashlib, collections
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.header import Header
from email import charset as C
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
P = "kenta.morioka.dev@gmail.com"
W = "k-morioka@nakazawa-sys.co.jp"
ME_P = formataddr(("Kenta Morioka", P))
ME_W = formataddr(("森岡 健太", W), charset="utf-8")
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"
A, D, B, CC, E, G = "174159672300418", "174160341900927", "13958204716", "1742370815", "8840215537", "174477201600053"
SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
IDS = {}

def text(body, cs="utf-8", enc="qp", sub="plain"):
    if cs == "utf-8":
        ch = C.Charset("utf-8")
        ch.body_encoding = C.QP if enc == "qp" else C.BASE64
        ch.header_encoding = C.BASE64
        return MIMEText(body, sub, ch)
    return MIMEText(body, sub, cs)

def html(body, cs="utf-8", enc="qp"):
    return text(body, cs, enc, "html")

def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    return m

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        i = next(k for k, ch in enumerate(s) if ord(ch) > 127)
        j = s.rfind(" ", 0, i)
        if j > 0:
            h = Header(s[:j], "us-ascii", header_name="Subject")
            h.append(s[j:].lstrip() if False else s[j + 1:], cs)
        else:
            h = Header(s, cs, header_name="Subject")
        return h

def auth(to, frm_dom, dkim="pass", spf="pass", dmarc="pass"):
    prov = "mx.google.com" if to == P else "mx1.nakazawa-sys.co.jp"
    sel = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug" if frm_dom.endswith("amazon.com") else "s1"
    return (f"{prov};\n       dkim={dkim} header.i=@{frm_dom} header.s={sel} header.b=Xk3f9aQe;\n"
            f"       spf={spf} (domain of bounce@{frm_dom} designates 54.240.8.{len(frm_dom)} as permitted sender) smtp.mailfrom=bounce@{frm_dom};\n"
            f"       dmarc={dmarc.upper() if dmarc!='pass' else 'PASS'} (p={'REJECT' if 'amazon' in frm_dom else 'NONE'} sp=NONE dis={'NONE' if dmarc=='pass' else 'QUARANTINE'}) header.from={frm_dom}")

def add(kind, reply, case, cids, frm, to, subject, date, body, key=None, parent=None,
        crlf=False, cc=None, note="", extra=None, subj_cs="utf-8", authres=True,
        dkim="pass", dmarc="pass", spf="pass", cids_fix=None):
    n = len(MSGS) + 1
    addr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    dom = addr.split("@")[1]
    mid = "<%s@%s>" % (hashlib.sha1(f"{n}{subject}{date}".encode()).hexdigest()[:24], 
                        "email.amazonses.com" if dom == "amazon.com" else ("mail.gmail.com" if dom == "gmail.com" else dom))
    if key:
        IDS[key] = mid
    msg = body
    old = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in old):
        del msg[k]
    rcpt = to.split("<")[-1].rstrip(">")
    if authres and addr not in (P, W):
        msg["Authentication-Results"] = auth(rcpt, dom, dkim, spf, dmarc)
    msg["Date"] = date
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = hdr(subject, subj_cs)
    msg["Message-ID"] = mid
    if parent:
        refs = parent if isinstance(parent, list) else [parent]
        msg["In-Reply-To"] = IDS[refs[-1]]
        msg["References"] = " ".join(IDS[r] for r in refs)
    for k, v in (extra or []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in old:
        if k.lower() != "mime-version":
            msg[k] = v
    MSGS.append(dict(n=n, msg=msg, crlf=crlf, label=dict(kind=kind, needs_reply=reply, case=case, candidate_ids=cids_fix if cids_fix is not None else cids), note=note))

def q(s, pre="> "):
    return "\n".join((pre + l).rstrip() if l else pre.rstrip() for l in s.strip("\n").split("\n"))

# ---------------------------------------------------------------- texts reused in quoting
A_REQ1 = """Hello Kenta,

Thank you for reaching out to AWS Training and Certification, and for the detail you put into the form.

Before anything else, a short overview of how an account merge works on our side, since it often differs from what people expect. A merge does not move an email address from one profile to another. Instead, the exam history, active certifications, digital badges and any open benefits of the source account are attached to the destination account, and the source account is then retired. Once retired, a source account cannot be signed into again and cannot be split back out, which is why we are careful to line both records up before the merge team touches them.

From your submission I was able to locate the source account registered under k-morioka@nakazawa-sys.co.jp. It holds the Solutions Architect - Associate and Developer - Associate certifications and an unused 50% exam benefit.

The destination account is where I am stuck. Searching by kenta.morioka.dev@gmail.com returns an AWS Builder ID profile, but no certification account is linked to it yet, so the candidate ID of the destination is still missing from the case. A merge request can only be submitted to the merge team once both candidate IDs are on file.

Regards,
Priyanka R.
AWS Training and Certification Customer Support"""

A_CONF = """Hi Kenta,

Thanks for your patience while the partner release went through. The merge team has now lined up the two records below.

Account #1
Login email: k-morioka@nakazawa-sys.co.jp
Training notification email: k-morioka@nakazawa-sys.co.jp
Certification notification email: k-morioka@nakazawa-sys.co.jp
Candidate ID: AWS11573920

Account #2
Login email: kenta.morioka.dev@gmail.com
Training notification email: kenta.morioka.dev@gmail.com
Certification notification email: kenta.morioka.dev@gmail.com
Candidate ID: AWS28406615

Your form says the personal address should be the one you keep, but Account #1 is the older record with all of the exam history, and by default the team merges into the older record. My next step depends on knowing which of the two you want to be the surviving account.

Best,
Tomás V.
AWS Training & Certification"""

B_REQ_JA = """森岡 健太 様

AWS トレーニングと認定カスタマーサポートの佐々木でございます。
この度は認定証に記載されるお名前の修正についてお問い合わせいただき、誠にありがとうございます。

認定証およびデジタルバッジに表示されるお名前は、試験登録時に認定アカウントのプロフィールに入力された氏名がそのまま使用されております。試験当日の本人確認では、プロフィールの氏名と身分証明書の氏名が一致している必要があるため、弊社でお名前を変更する際には、身分証明書と同じ表記であることを確認したうえで作業を行う決まりとなっております。

現在のプロフィールでは姓が「Moriota」と登録されており、ご申告の「Morioka」とは一文字異なっております。誤入力である可能性が高いと存じますが、規定上、パスポートまたは運転免許証に記載されているローマ字表記を弊社で確認でき次第、修正作業に着手いたします。

なお、修正後の認定証は通常 3〜5 営業日で再発行され、Credly のバッジにも自動的に反映されます。

佐々木
AWS トレーニングと認定 カスタマーサポート"""

# ================================================================ messages
add("unrelated", False, None, [], "Amazon Web Services <aws-billing@amazon.com>", ME_P,
    "Amazon Web Services Billing Statement Available [Account: 493817226054]", "Mon, 03 Mar 2025 09:12:44 +0000",
    alt(text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 4.87

Account ID: 493817226054

You can see a complete break down of all charges on the Billing & Cost Management page located at:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""), html("""<html><body><p>Greetings from Amazon Web Services,</p><p>This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:</p><table><tr><td>Total:</td><td><b>USD 4.87</b></td></tr><tr><td>Account ID:</td><td>493817226054</td></tr></table><p><a href="https://console.aws.amazon.com/billing/home#/bill">Billing &amp; Cost Management</a></p><p>Thank you for using Amazon Web Services.</p></body></html>""")),
    note="AWS billing; 12-digit account ID (not a case number).")

add("unrelated", False, None, [], formataddr(("週刊インフラ通信", "news@infra-weekly.jp"), charset="utf-8"), ME_P,
    "【週刊インフラ通信 #212】Terraform 1.11 リリース / 認定資格の更新ラッシュ", "Tue, 04 Mar 2025 07:00:03 +0900",
    text("""週刊インフラ通信 #212
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
1. Terraform 1.11 がリリース。write-only 属性が GA に。
2. 年度末はクラウド認定資格の更新が集中する季節です。失効日の 6 か月前から再認定試験を受けられるベンダーが多いので、4 月の異動前に済ませておくのがおすすめです。
3. 転職時の「資格アカウント移行」まとめ記事が話題に。会社のメールアドレスで作ったアカウントは、退職前に個人アドレスへ統合の申請をしておかないと、確認メールが受け取れなくなります。

■ 読者アンケート
今号の感想をお聞かせください(回答は任意です)。
https://infra-weekly.jp/survey/212

配信停止はこちら: https://infra-weekly.jp/unsubscribe
""", enc="b64"),
    note="Japanese newsletter that talks about account merges and renewals; optional survey; not support.")

add("certification", False, None, ["AWS11573920"], "AWS Certification <do-not-reply@certmetrics.com>", ME_W,
    "Your AWS Certification expires in 90 days", "Wed, 05 Mar 2025 16:40:10 +0000",
    text("""Hello Kenta Morioka,

Candidate ID: AWS11573920

Your AWS Certified Solutions Architect - Associate certification will expire on June 3, 2025.

To keep your certification active, pass the current version of the exam before your expiration date. Recertifying also extends the validity of any lower-level certifications you hold in the same path.

You can view your certifications and schedule your exam by signing in to your AWS Certification Account.

If you have already recertified, please disregard this message.

Regards,
AWS Certification
""", enc="qp"), note="Certification expiry notice with a candidate ID; 'please disregard' is not a request.")

add("unrelated", False, None, [], formataddr(("高田 真理子", "m-takada@nakazawa-sys.co.jp"), charset="utf-8"), ME_W,
    "引き継ぎ資料の件(3/31 最終出社)", "Thu, 06 Mar 2025 11:05:31 +0900",
    text("""森岡さん

お疲れさまです。高田です。

最終出社日が 3/31 と伺いましたので、引き継ぎ資料について以下の 3 点をお願いできますでしょうか。

・顧客 A 社の VPC 構成図(最新版)
・Terraform の state バケットの運用メモ
・パートナー管理ポータルのユーザー一覧(森岡さんの認定資格をパートナー実績から外す手続きも含めて)

3/14 までにいただけると助かります。
よろしくお願いします。

高田
""", cs="iso-2022-jp"), subj_cs="iso-2022-jp", authres=False,
    note="Colleague (ISO-2022-JP) asking things politely; a request, but not from support.")

add("unrelated", False, None, [], "kenji-ono <notifications@github.com>", ME_P,
    "Re: [kmorioka/dotfiles] Merge zsh config cleanup (PR #14)", "Fri, 07 Mar 2025 02:14:52 +0000",
    alt(text("""Merged #14 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kmorioka/dotfiles/pull/14#event-16629084417
You are receiving this because you authored the thread.
"""), html("""<p>Merged <a href="https://github.com/kmorioka/dotfiles/pull/14">#14</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br />Reply to this email directly, <a href="https://github.com/kmorioka/dotfiles/pull/14#event-16629084417">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>""")),
    extra=[("List-ID", "kmorioka/dotfiles <dotfiles.kmorioka.github.com>")], note="GitHub 'merged' trap.")

add("user_reply", False, None, ["AWS11573920", "AWS28406615"], ME_P, ME_P,
    "メモ: AWS認定アカウント統合の準備", "Sun, 09 Mar 2025 21:48:10 +0900",
    text("""自分用メモ

旧(会社) k-morioka@nakazawa-sys.co.jp
  候補ID AWS11573920
  SAA (2022/06/03, 6/3 失効予定), DVA
  特典: 50%割引バウチャー 1 枚(未使用) → コードを控えた: PRV-50-7Q2K-XXXX(一部)
  パートナーネットワーク経由でSSOログインしていた

新(個人) kenta.morioka.dev@gmail.com
  Builder ID 作成済み。認定アカウント作成 → 候補ID AWS28406615

TODO
- 明日フォームから「アカウントの統合」を申請
- 証明書 PDF はダウンロード済み
- 大学のアドレスで作った古いアカウント(CLF 2019)もあった気がする。要確認
""", enc="qp"), authres=False, note="Owner's note to self with both candidate IDs; sent from and to the owner.")

add("unrelated", False, None, [], "AWS <no-reply@signin.aws>", ME_P,
    "AWS Builder ID email verification", "Mon, 10 Mar 2025 08:41:07 +0000",
    alt(text("""Verify your AWS Builder ID email address

Verification code: 582947

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this email.
"""), html("""<div style="font-family:Arial"><h2>Verify your AWS Builder ID email address</h2><p>Verification code:</p><p style="font-size:28px;letter-spacing:4px"><b>582947</b></p><p>This code expires 10 minutes after it was sent.</p></div>""")),
    note="Builder ID one-time code (6 digits).")

add("acknowledgement", False, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"[CASE {A}] {SUBJ}", "Mon, 10 Mar 2025 08:52:05 +0000",
    text(f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your request. The details of your case are as follows:

Case ID: {A}
Subject: Account Merge
Inquiry type: Certification
Severity: General question
Correspondence: I am leaving Nakazawa Systems at the end of March and would like my certification account under k-morioka@nakazawa-sys.co.jp merged into the account under kenta.morioka.dev@gmail.com. Please keep the personal address.

We usually respond within 24 hours. To help us resolve your request faster, please do not open another case for the same request; you can add information by replying to this email.

Sincerely,
Amazon Web Services
""", enc="qp"), key="A1", note="Standard ack for case A; 'please do not open another case' and 'you can add information' are not asks.")

add("acknowledgement", False, D, [], "Amazon Web Services <%s>" % TC, ME_W,
    f"[CASE {D}] {SUBJ}", "Mon, 10 Mar 2025 10:43:39 +0000",
    text(f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {D} to address your request.

Case ID: {D}
Subject: Account Merge
Correspondence: Merge this account (k-morioka@nakazawa-sys.co.jp) into my personal certification account. Leaving the company soon.

We usually respond within 24 hours. If you have already opened a case, please do not open another case for a similar request.

Sincerely,
Amazon Web Services
""", enc="qp"), crlf=True, key="D1", note="Second (duplicate) form filed from the company address; ack in CRLF.")

add("unrelated", False, None, [], "Atlassian Support <support@atlassian.example-help.com>".replace("example-help.com", "atlassian.com"), ME_W,
    "[JST-884213] Confluence export stuck at 45% - Resolved", "Mon, 10 Mar 2025 19:02:11 +0000",
    text("""Hi Kenta,

Your request JST-884213 "Confluence export stuck at 45%" has been resolved and closed.

If the issue comes back, simply reply to this email within 14 days and the request will reopen automatically. After that, please raise a new request.

How did we do? Rate your experience: https://support.atlassian.com/csat/JST-884213

Atlassian Support
"""), note="Other vendor's case closed with reopen invitation and survey link.")

add("info_request", True, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {A}] {SUBJ}", "Tue, 11 Mar 2025 05:37:22 +0000",
    alt(text(A_REQ1 + """

Case ID: """ + A + """
To contact us again about this case, please reply to this email.
""", enc="qp"), html("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in A_REQ1.split("\n\n")) +
        f"<p style='color:#777;font-size:11px'>Case ID: {A}<br>To contact us again about this case, please reply to this email.</p></body></html>")),
    key="A2", parent="A1",
    note="Long explanation of merges; the ask is stated only as a fact ('candidate ID of the destination is still missing') plus a condition ('can only be submitted once'). No question mark, no 'please'.")

add("case_update", False, D, [], "Amazon Web Services <%s>" % TC, ME_W,
    f"RE: [CASE {D}] {SUBJ}", "Tue, 11 Mar 2025 06:10:48 +0000",
    text(f"""Hello Kenta,

I noticed that this request is the same as case {A}, which you opened earlier the same day from your personal address and which a colleague is already working on. To keep everything in one place I have closed this case ({D}) and added a note to {A} so that both of your addresses are recorded there.

You will continue to receive updates on case {A} at kenta.morioka.dev@gmail.com. There is nothing you need to do for this case.

Kind regards,
Jun H.
AWS Training and Certification
"""), key="D2", parent="D1", note="Duplicate closed and linked; mentions another case number; nothing asked.")

add("unrelated", False, None, [], "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
    "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment", "Tue, 11 Mar 2025 09:20:33 +0000",
    alt(text("""Dear Kenta Morioka,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 512739064
Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Appointment: Saturday, April 12, 2025 at 10:00 AM JST
Location: OnVUE online proctored

Please review the system requirements and run the system test before your appointment. Bring a valid, government-issued ID whose name exactly matches the name in your profile.

To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
"""), html("""<html><body><p>Dear Kenta Morioka,</p><p>Thank you for scheduling your exam with Pearson VUE.</p><table border=1 cellpadding=4><tr><td>Registration ID</td><td>512739064</td></tr><tr><td>Exam</td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr><tr><td>Appointment</td><td>Saturday, April 12, 2025 at 10:00 AM JST</td></tr></table><p>Please review the system requirements and run the system test before your appointment.</p></body></html>""")),
    note="Exam vendor; 9-digit registration ID.")

add("user_reply", False, A, ["AWS28406615", "AWS11573920"], ME_P, "AWS Training and Certification <%s>" % TC,
    f"Re: RE:[CASE {A}] {SUBJ}", "Tue, 11 Mar 2025 21:15:40 +0900",
    text(f"""Hello Priyanka,

Thank you for the detailed explanation. I have now created the certification account on the personal side. Its candidate ID is AWS28406615. For completeness, the company account is AWS11573920.

Also, I accidentally submitted the form a second time from my company address (case {D}); I saw it was already closed and linked, thank you.

Best regards,
Kenta Morioka

On Tue, Mar 11, 2025 at 2:37 PM Amazon Web Services <{TC}> wrote:
{q(A_REQ1)}
"""), key="A3", parent=["A1", "A2"], authres=False, note="Owner's reply (Gmail quoting) with two candidate IDs in the new text; quotes the request.")

add("unrelated", False, None, [], "AWS Events <aws-marketing-email-replies@amazon.com>", ME_P,
    "AWS Summit Japan 2025 - Registration is now open", "Wed, 12 Mar 2025 01:00:00 +0000",
    html("""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td><h1>AWS Summit Japan 2025</h1><p>Join us June 25-26 at Makuhari Messe. Registration is free.</p><p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a></p><p>Don't miss the Certification Lounge: show your digital badge for exclusive swag.</p><p style="font-size:10px;color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was sent to kenta.morioka.dev@gmail.com. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>""", enc="b64"),
    note="AWS marketing, HTML only, base64.")

add("suspicious", False, None, [], "AWS Training and Certification <support@aws-trainingcertification-help.com>", ME_P,
    "RE:[CASE 174159000000001] Action required: verify identity to complete account merge", "Wed, 12 Mar 2025 03:27:18 +0000",
    alt(text("""Dear Customer,

We are processing your account merge request. Before the merge can continue, our security team must verify your identity.

Sign in at the secure link below with your AWS Builder ID and password within 24 hours, otherwise your certifications will be permanently removed:

https://aws-trainingcertification-help.com/verify?case=174159000000001

Reply to this email with your date of birth and the last 4 digits of your payment card if you cannot use the link.

AWS Training and Certification Security
"""), html("""<p>Dear Customer,</p><p>We are processing your account merge request. Before the merge can continue, our security team must verify your identity.</p><p><a href="https://aws-trainingcertification-help.com/verify?case=174159000000001">VERIFY NOW</a></p><p>Reply with your date of birth and the last 4 digits of your payment card if you cannot use the link.</p>""")),
    note="Lookalike domain with a fake [CASE] subject and urgent demand to reply; needs_reply false, case null.")

A_HOLD = f"""Hello Kenta,

Thank you for sending the candidate ID. I'm Marcus, and I've taken over the case from Priyanka while she is out.

I wanted to give you a full picture of where things stand, because the next part of the process is outside both your control and ours.

When I prepared the merge request, the system flagged the source account (AWS11573920) as linked to an AWS Partner Network organization: Nakazawa Systems Co., Ltd. Certification accounts that are linked to a partner organization count towards that partner's certification totals, and for that reason they are locked against merges while the link exists. The partner's alliance lead or a Partner Central administrator has to remove the link from their side first. We have sent that request to our Partner team, who will contact the partner directly; partners usually act on these within 3 to 7 business days.

While the hold is in place:
- your certifications remain valid and visible on both accounts;
- your scheduled exam appointments are not affected;
- the 50% exam benefit on the source account stays available, but we recommend not redeeming it until the merge is done, so that it is not lost in the move.

The case stays open during this period and I will write again as soon as the Partner team reports back. You do not need to chase anyone at Nakazawa Systems for this; the request goes through official channels.

Kind regards,
Marcus O.
AWS Training and Certification Customer Support"""

add("on_hold", False, A, ["AWS11573920"], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {A}] {SUBJ}", "Thu, 13 Mar 2025 14:02:51 +0000",
    text(A_HOLD + f"\n\nCase ID: {A}\n", enc="b64"), key="A4", parent=["A1", "A2", "A3"],
    note="Long partner hold, base64; lots of 'must/has to/need' about third parties, explicitly nothing needed from the owner.")

add("unrelated", False, None, [], formataddr(("総務 吉川", "soumu@nakazawa-sys.co.jp"), charset="utf-8"), ME_W,
    "送別会のご案内(3/28 金)", "Thu, 13 Mar 2025 17:30:00 +0900",
    text("""各位

3 月末で退職される森岡さんの送別会を下記のとおり開催します。

日時: 3/28(金) 19:00〜
場所: 神田「酒処 まるや」
会費: 4,000 円

出欠を 3/21 までにこのメールへ返信してください。

総務 吉川
""", cs="shift_jis"), subj_cs="iso-2022-jp", authres=False,
    note="Shift_JIS office mail asking for an RSVP; not support.")

add("acknowledgement", False, B, [], formataddr(("アマゾン ウェブ サービス", TC), charset="utf-8"), ME_P,
    f"[CASE {B}] [AWS トレーニングと認定 フォーム送信] - 認定", "Fri, 14 Mar 2025 02:18:44 +0000",
    text(f"""お問い合わせいただきありがとうございます。

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。ケース {B} を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: {B}
件名: 認定証の氏名の修正
お問い合わせ内容: 認定証とバッジの姓が「Moriota」になっています。正しくは「Morioka」です。修正をお願いします。

通常 24 時間以内にご連絡いたします。すでにケースを作成されている場合は、同様のリクエストについて別のケースを作成しないでください。

アマゾン ウェブ サービス
""", cs="iso-2022-jp"), subj_cs="iso-2022-jp", key="B1",
    note="Japanese ack (ISO-2022-JP) for case B, 11-digit case ID.")

add("unrelated", False, None, [], "AWS Skill Builder <no-reply@aws.training>", ME_P,
    "Your AWS Skill Builder receipt", "Fri, 14 Mar 2025 05:44:02 +0000",
    alt(text("""Thanks for your purchase!

Order number: SB-2025-0314-77310
AWS Skill Builder Individual subscription (monthly)  USD 29.00
Billing period: Mar 14, 2025 - Apr 13, 2025

Manage your subscription at https://skillbuilder.aws/subscription
"""), html("""<table><tr><th align=left>Item</th><th>Amount</th></tr><tr><td>AWS Skill Builder Individual subscription (monthly)</td><td>USD 29.00</td></tr></table><p>Order number: SB-2025-0314-77310</p>""")),
    note="Skill Builder receipt.")

add("info_request", True, B, [], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    f"RE:[CASE {B}] [AWS トレーニングと認定 フォーム送信] - 認定", "Sat, 15 Mar 2025 01:05:19 +0000",
    text(B_REQ_JA + f"\n\nケース ID: {B}\n", enc="qp"), subj_cs="utf-8", key="B2", parent="B1",
    note="Japanese; the need is only a condition ('確認でき次第、修正作業に着手') inside a long policy explanation.")

A_HOLD2 = f"""Hello again Kenta,

A quick update and one open point.

The Partner team contacted Nakazawa Systems on 3/14. Their Partner Central administrator replied that they are willing to remove the link, but their internal policy is to release certification accounts only for people who have already left or whose departure has been registered with HR. Until the partner acts, the case stays on hold; nothing about that part has changed.

What would help me here is knowing whether your last working day at Nakazawa Systems has already been set, and if so, which date it is. With a date I can ask the Partner team to schedule the release for that day rather than leaving it open-ended.

Marcus O.
AWS Training and Certification Customer Support

Case ID: {A}"""

add("on_hold", True, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {A}] {SUBJ}", "Mon, 17 Mar 2025 08:12:09 +0000",
    alt(text(A_HOLD2, enc="qp"), html("<html><body><div>" + A_HOLD2.replace("\n\n", "</div><br><div>").replace("\n", "<br>") + "</div></body></html>")),
    key="A5", parent=["A1", "A2", "A3", "A4"],
    note="Still on hold (partner), but a wish buried in it ('What would help me here is knowing...') makes the owner owe an answer.")

add("user_reply", False, A, [], ME_P, "AWS Training and Certification <%s>" % TC,
    f"Re: RE:[CASE {A}] {SUBJ}", "Mon, 17 Mar 2025 20:40:26 +0900",
    text(f"""Hi Marcus,

Yes, my last working day is March 31, 2025. HR has it on file. The partner admin is Ms. Takada (m-takada@nakazawa-sys.co.jp) if that helps.

Thanks,
Kenta

On Mon, Mar 17, 2025 at 5:12 PM Amazon Web Services <{TC}> wrote:
{q(A_HOLD2)}
"""), key="A6", parent=["A1", "A2", "A3", "A4", "A5"], authres=False, note="Owner answers the hold question.")

add("user_reply", False, B, [], ME_P, formataddr(("AWS トレーニングと認定", TC), charset="utf-8"),
    f"Re: RE:[CASE {B}] [AWS トレーニングと認定 フォーム送信] - 認定", "Mon, 17 Mar 2025 22:03:55 +0900",
    text(f"""佐々木様

ご連絡ありがとうございます。
パスポートのローマ字表記は「MORIOKA KENTA」です。顔写真ページの画像を添付いたします(番号部分は伏せております)。

よろしくお願いいたします。
森岡 健太

2025年3月15日(土) 10:05 AWS トレーニングと認定 <{TC}>:
{q(B_REQ_JA)}
""", cs="iso-2022-jp"), subj_cs="iso-2022-jp", key="B3", parent=["B1", "B2"], authres=False,
    note="Owner's Japanese reply, ISO-2022-JP, Gmail JP quote header.")

add("unrelated", False, None, [], "The Pragmatic Cloud <hello@pragmaticcloud.dev>", ME_P,
    "Issue 88: Why your IAM policies keep growing", "Tue, 18 Mar 2025 13:00:00 +0000",
    alt(text("""Issue 88

Why your IAM policies keep growing, and a three-step audit that fixes it.

Also: we need your help! If you enjoy this newsletter, forwarding it to one colleague is the best way to support us.

Reply to this email to tell me what you'd like covered next - I read every one.

- Dana
"""), html("""<h2>Issue 88</h2><p>Why your IAM policies keep growing, and a three-step audit that fixes it.</p><p><b>We need your help!</b> Forward this to one colleague.</p><p>Reply to tell me what you'd like covered next.</p>""")),
    note="Newsletter with 'we need your help' and reply invitation.")

B_UPD = f"""森岡 健太 様

お世話になっております。AWS トレーニングと認定カスタマーサポートの佐々木でございます。

パスポートの画像をお送りいただき、誠にありがとうございました。ローマ字表記「MORIOKA KENTA」を確認いたしました。

本件は、認定記録を管理する専門チームへ修正依頼として引き継ぎました。専門チームでは、以下の順序で作業を行います。

1. 認定アカウントのプロフィール上の姓を修正
2. 保有されている各認定の記録(試験履歴を含む)へ反映
3. 認定証 PDF の再発行
4. Credly のデジタルバッジへの反映(専門チームの作業完了後、最大 48 時間)

専門チームの作業には通常 3〜5 営業日を要します。作業の途中でお客様に追加でご対応いただく必要はございません。完了しましたら、本ケースにてご連絡いたします。

なお、受験予定の試験(4 月 12 日)につきましては、修正後のお名前で本人確認が行われますので、現在のご予約を変更していただく必要はございません。

引き続きよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
ケース ID: {B}"""

add("case_update", False, B, [], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    f"RE:[CASE {B}] [AWS トレーニングと認定 フォーム送信] - 認定", "Tue, 18 Mar 2025 03:26:40 +0000",
    text(B_UPD, cs="iso-2022-jp"), subj_cs="iso-2022-jp", key="B4", parent=["B1", "B2", "B3"],
    note="Long Japanese update: passed to specialist team, explicitly nothing needed ('ご対応いただく必要はございません').")

add("unrelated", False, None, [], formataddr(("高田 真理子", "m-takada@nakazawa-sys.co.jp"), charset="utf-8"), ME_W,
    "自動応答: 引き継ぎ資料(VPC構成図)", "Tue, 18 Mar 2025 10:14:02 +0900",
    text("""(自動応答)
3/18〜3/20 は出張のため不在にしております。
急ぎのご用件は infra-team@nakazawa-sys.co.jp までご連絡ください。
3/21 以降、順次ご返信いたします。

高田
""", cs="iso-2022-jp"), subj_cs="iso-2022-jp", authres=False,
    extra=[("Auto-Submitted", "auto-replied")], note="Colleague out-of-office.")

C_ACK = f"""Dear Customer,

We have received your case {CC}. A member of our team will review it shortly.

Subject: 50% exam discount benefit no longer shown on Benefits page
Severity: General guidance
Service: Training and Certification - Benefits

You can view and update this case at:
https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update the case, please use the link above.

Sincerely,
Amazon Web Services"""
add("acknowledgement", False, CC, [], "Amazon Web Services <%s>" % CON, ME_P,
    f"Amazon Web Services: New Support case: {CC}", "Wed, 19 Mar 2025 07:55:31 +0000",
    text(C_ACK, enc="qp"), key="C1", crlf=True,
    note="Console case ack (no-reply, cannot accept email), CRLF.")

A_UPD = f"""Hi Kenta,

Good news on the hold: the Partner team confirmed this morning that Nakazawa Systems has released your certification account from their partner organization, effective immediately rather than at the end of the month. I've removed the hold from the case.

For transparency, here is what happens next on our side. The case now goes to the account merge team, which works in a separate queue. They will first compare the two records field by field (name, country, exam history, active certifications, benefits, open exam registrations). Where two records disagree, they pick the values of the account you are keeping, and they will contact you before the merge if anything is ambiguous. The merge itself takes a few minutes once approved; Credly and Partner Central pick up the change over the following days.

Your April 12 exam appointment was made under the personal account, so it is not affected by any of this.

I'm handing the case to the merge team now; someone from that team will write to you on this same thread.

Cheers,
Marcus O.
AWS Training and Certification Customer Support"""
add("case_update", False, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE: [CASE {A}] {SUBJ}", "Thu, 20 Mar 2025 02:31:15 +0000",
    text(A_UPD + f"\n\n-----Original Message-----\nFrom: kenta.morioka.dev@gmail.com\nSent: 3/17/2025 11:40 AM\nSubject: Re: RE:[CASE {A}] {SUBJ}\n\nYes, my last working day is March 31, 2025. HR has it on file.\n", enc="qp"),
    key="A7", parent=["A1", "A2", "A3", "A4", "A5", "A6"],
    note="Hold lifted, passed to merge team; long, mentions the team 'will contact you before the merge if anything is ambiguous' - future, nothing now.")

C_REQ = f"""Hello,

Thank you for contacting AWS Support regarding the 50% exam discount benefit.

I reviewed the certification account linked to your request. Exam benefits are issued per passed exam and stay attached to the account on which that exam was taken. The personal account you are signed in to has no passed exams yet, which explains why its Benefits page is empty. The benefit you remember is most likely on a different certification account.

The benefits team can search across accounts, but they can only do so with the candidate ID or the email address of the account on which the qualifying exam was passed. That detail is not in the case yet, and the search cannot start without it.

Best regards,
Haruto K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
======================
To see all the replies, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center."""
add("info_request", True, CC, [], "Amazon Web Services <%s>" % CON, ME_P,
    f"RE:[CASE {CC}] 50% exam discount benefit no longer shown on Benefits page", "Thu, 20 Mar 2025 09:48:27 +0000",
    text(C_REQ, enc="qp"), key="C2", parent="C1",
    note="Console case: need stated as 'not in the case yet, and the search cannot start without it'; reply must go through Support Center; survey footer.")

add("unrelated", False, None, [], "AWS Budgets <no-reply@budgets.amazonaws.com>", ME_P,
    "AWS Budgets: monthly-cap has exceeded your alert threshold", "Thu, 20 Mar 2025 23:10:05 +0000",
    text("""AWS Budget Notification March 20, 2025
AWS Account 493817226054

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than $4.00 for the current month. The ACTUAL Cost associated with this budget is $4.87.

Budget Name: monthly-cap
Budgeted Amount: $5.00
Alert Threshold: > $4.00
ACTUAL Amount: $4.87

Go to the AWS Budgets dashboard to view more details.
"""), note="AWS budget alert.")

B_REQ2 = f"""森岡 健太 様

AWS トレーニングと認定カスタマーサポートの佐々木でございます。

専門チームより、修正作業の途中で確認事項が上がってまいりましたのでご連絡いたします。

パスポートには姓名のみが記載されておりますが、認定アカウントのプロフィールには以前「Middle name」欄に「K」が入力されていた履歴がございます。現在の認定証では「Kenta K Moriota」と表示されております。

専門チームでは、ミドルネーム欄を空欄にして「Kenta Morioka」とする方法と、「K」を残す方法のどちらにも対応可能です。ただし、試験当日の本人確認では身分証明書との一致が求められるため、弊社としては空欄とする方法をおすすめしております。

どちらの表記をご希望か伺えましたら、その内容で専門チームが作業を再開いたします。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
add("info_request", True, B, [], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    f"RE:[CASE {B}] [AWS トレーニングと認定 フォーム送信] - 認定", "Fri, 21 Mar 2025 04:20:13 +0000",
    alt(text(B_REQ2 + f"\n\nケース ID: {B}\n", enc="b64"),
        html("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in B_REQ2.split("\n\n")) + f"<p>ケース ID: {B}</p></body></html>", enc="b64")),
    key="B5", parent=["B1", "B2", "B3", "B4"],
    note="Japanese; ask is a conditional wish ('伺えましたら…作業を再開') after an explanation with a recommendation.")

add("confirmation_request", True, A, ["AWS11573920", "AWS28406615"], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {A}] {SUBJ}", "Fri, 21 Mar 2025 06:44:50 +0000",
    text(A_CONF + f"\n\nCase ID: {A}\n", enc="qp"), key="A8", parent=["A1", "A2", "A3", "A4", "A5", "A6", "A7"],
    note="Account #1/#2 listing; the ask is a plan statement ('My next step depends on knowing which...'). Candidate IDs listed.")

add("unrelated", False, None, [], "Kenji Ono <notifications@github.com>", ME_P,
    "Re: [kmorioka/tf-modules] Support for account-level settings (Issue #7)", "Sat, 22 Mar 2025 04:51:12 +0000",
    text("""@kmorioka could you confirm which provider version you are on? The module only supports >= 5.40. We can only proceed once we know.

--
Reply to this email directly or view it on GitHub:
https://github.com/kmorioka/tf-modules/issues/7#issuecomment-2744120981
You are receiving this because you were mentioned.
"""), note="GitHub comment with an indirect condition and 'confirm' - not support.")

add("closing_notice", True, CC, [], "Amazon Web Services <%s>" % CON, ME_P,
    f"RE:[CASE {CC}] 50% exam discount benefit no longer shown on Benefits page", "Mon, 24 Mar 2025 10:02:33 +0000",
    text(f"""Hello,

We haven't heard back from you regarding this case. We are awaiting the information requested in our previous correspondence, and the case will be resolved automatically in 3 days if there is no response. Once resolved, a case can be reopened from the Support Center within 14 days.

To see all the replies, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
"""), key="C3", parent=["C1", "C2"], note="Console auto-resolve warning; answer in Support Center keeps it open.")

B_REPLY2 = """佐々木様

ご確認ありがとうございます。
ミドルネームは不要ですので、空欄にして「Kenta Morioka」としていただけますと幸いです。

森岡"""
add("user_reply", False, B, [], ME_P, formataddr(("AWS トレーニングと認定", TC), charset="utf-8"),
    f"Re: RE:[CASE {B}] [AWS トレーニングと認定 フォーム送信] - 認定", "Mon, 24 Mar 2025 19:30:02 +0900",
    text(B_REPLY2 + "\n\n-----Original Message-----\n" + B_REQ2 + "\n", enc="qp"), key="B6", parent=["B1", "B2", "B3", "B4", "B5"], authres=False,
    note="Owner's reply, Outlook-style quote of the request underneath.")

add("closing_notice", True, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {A}] {SUBJ}", "Tue, 25 Mar 2025 03:15:08 +0000",
    text(f"""Hello Kenta,

This is a follow-up on case {A}. The merge team is ready, but the choice of the account to keep is still open on our side, and without it the merge cannot be scheduled.

Cases with no customer activity for 5 days are closed by our system. If nothing arrives on this thread by March 28, 2025, the case will close; a reply after that date reopens it.

Tomás V.
AWS Training & Certification
"""), key="A9", parent=["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"],
    note="Closing notice with no request verb; the missing choice is stated as a fact.")

add("case_update", False, CC, [], "Amazon Web Services <%s>" % CON, ME_P,
    f"RE:[CASE {CC}] 50% exam discount benefit no longer shown on Benefits page", "Tue, 25 Mar 2025 06:40:57 +0000",
    text(f"""Hello,

Thank you for adding the candidate ID AWS11573920 in the Support Center. I've passed it to the benefits team together with a note that a merge is in progress under a separate case. They will check whether the voucher can be moved to the account you are keeping once that merge finishes.

No action is needed from you right now. We'll update the case when the benefits team responds.

Best regards,
Haruto K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

======================
To see all the replies, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""), key="C4", parent=["C1", "C2", "C3"],
    cids_fix=["AWS11573920"], note="Console update after the owner answered in the console; candidate ID mentioned by support in its own text; rating footer.")

add("user_reply", False, A, [], ME_P, "AWS Training and Certification <%s>" % TC,
    f"Re: RE:[CASE {A}] {SUBJ}", "Tue, 25 Mar 2025 21:05:44 +0900",
    text(f"""Hi Tomás,

Confirmed. Please keep Account #2 (kenta.morioka.dev@gmail.com) and merge Account #1 into it. Sorry for the slow reply.

Kenta

On Fri, Mar 21, 2025 at 3:44 PM Amazon Web Services <{TC}> wrote:
{q(A_CONF)}
"""), key="A10", parent=["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"], authres=False,
    note="Owner confirms; quoted confirmation request below (candidate IDs only in quote).")

add("suspicious", False, None, [], "AWS Certification <certification-noreply@amazon.com>", ME_P,
    "Important: your AWS Certification account will be suspended", "Wed, 26 Mar 2025 00:12:40 +0000",
    html("""<html><body><p>Hello,</p><p>We detected duplicate AWS Certification accounts associated with your identity. To avoid suspension of all your certifications, confirm ownership within 48 hours.</p><p><a href="http://certmetrics-verify.co/aws/login">Confirm ownership</a></p><p>AWS Training and Certification</p></body></html>"""),
    dkim="fail", dmarc="fail", spf="softfail", note="Genuine-looking amazon.com From with dkim=fail / dmarc=fail; links to non-AWS domain.")

A_RES = f"""Hello Kenta,

Thank you for confirming. I have successfully merged all accounts into Account #2 (kenta.morioka.dev@gmail.com).

A few notes on what to expect now:
- Your exam history and both certifications are now visible when you sign in with your Builder ID.
- Account #1 has been retired and can no longer be used to sign in.
- Credly will reissue your badges to the personal address; you should receive badge emails within 24 hours.
- The partner profile at Nakazawa Systems will stop showing your certifications within about a week.

Nothing further is needed from you. This case is now resolved.

Best,
Tomás V.
AWS Training & Certification"""
add("resolved", False, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {A}] {SUBJ}", "Wed, 26 Mar 2025 01:58:21 +0000",
    text(A_RES + f"\n\nCase ID: {A}\n\n---------- Previous message ----------\n{A_CONF}\n", enc="qp"), key="A11",
    parent=["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10"],
    note="Merge done; quotes the earlier confirmation request (with 'My next step depends on...') below the resolution.")

add("badge", False, None, [], "Credly <admin@credly.com>", ME_P,
    "Amazon Web Services Training and Certification sent you a new badge", "Wed, 26 Mar 2025 03:30:19 +0000",
    alt(text("""Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Solutions Architect – Associate".

Accept your badge to share it on LinkedIn and your email signature:
https://www.credly.com/badges/3f0a8e2c-6d1b-4b9e-9e41-1c7a55d0b2f4/accept

Badge ID: 3f0a8e2c-6d1b-4b9e-9e41-1c7a55d0b2f4
"""), html("""<html><body><h2>Congratulations, Kenta!</h2><p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p><p><a href="https://www.credly.com/badges/3f0a8e2c-6d1b-4b9e-9e41-1c7a55d0b2f4/accept">Accept badge</a></p></body></html>""")),
    note="Credly badge after merge; UUID not a case ID.")

B_RES = f"""森岡 健太 様

AWS トレーニングと認定カスタマーサポートの佐々木でございます。

大変お待たせいたしました。専門チームにて、認定アカウントのお名前を「Kenta Morioka」(ミドルネームなし)へ修正いたしました。再発行された認定証は、認定アカウントの「認定」ページからダウンロードいただけます。Credly のバッジにつきましては、48 時間以内に新しい表記で反映される予定です。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート
ケース ID: {B}"""
add("resolved", False, B, [], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    f"RE:[CASE {B}] [AWS トレーニングと認定 フォーム送信] - 認定", "Thu, 27 Mar 2025 02:11:36 +0000",
    text(B_RES + "\n\n-----Original Message-----\n" + B_REPLY2 + "\n\n" + B_REQ2 + "\n", cs="iso-2022-jp"), subj_cs="iso-2022-jp",
    key="B7", parent=["B1", "B2", "B3", "B4", "B5", "B6"],
    note="Japanese resolution with conditional invitation; quotes the middle-name request.")

add("survey", False, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"How did we do? Case {A}", "Thu, 27 Mar 2025 05:00:12 +0000",
    html(f"""<html><body><table width="560"><tr><td><p>Hello,</p><p>Your recent case <b>{A}</b> with AWS Training and Certification was resolved. We would love to hear about your experience.</p><p>How satisfied were you with the support you received?</p><p><a href="https://survey.aws.training/s/csat?c={A}&r=1">1</a> <a href="https://survey.aws.training/s/csat?c={A}&r=2">2</a> <a href="https://survey.aws.training/s/csat?c={A}&r=3">3</a> <a href="https://survey.aws.training/s/csat?c={A}&r=4">4</a> <a href="https://survey.aws.training/s/csat?c={A}&r=5">5</a></p><p>The survey takes about one minute.</p></td></tr></table></body></html>"""),
    note="Satisfaction survey for case A, HTML only.")

add("user_reply", False, A, [], ME_W, formataddr(("高田 真理子", "m-takada@nakazawa-sys.co.jp"), charset="utf-8"),
    f"Fwd: RE:[CASE {A}] {SUBJ}", "Thu, 27 Mar 2025 10:22:48 +0900",
    text(f"""高田さん

パートナー側での紐付け解除、ありがとうございました。おかげで統合が完了しました。
念のため AWS からの完了メールを転送します。パートナー実績の件数が来週減ると思います。

森岡

---------- Forwarded message ---------
From: Amazon Web Services <{TC}>
Date: Wed, Mar 26, 2025 at 10:58 AM
Subject: RE:[CASE {A}] {SUBJ}
To: <kenta.morioka.dev@gmail.com>

{A_RES}
""", enc="b64"), authres=False, note="Owner forwards the resolution from the company address to a colleague.")

add("unrelated", False, None, [], formataddr(("高田 真理子", "m-takada@nakazawa-sys.co.jp"), charset="utf-8"), ME_W,
    f"Re: Fwd: RE:[CASE {A}] {SUBJ}", "Thu, 27 Mar 2025 11:40:03 +0900",
    text("""森岡さん

ご連絡ありがとうございます。パートナーセントラル側も確認しておきます。
送別会、楽しみにしています!

高田
""", cs="iso-2022-jp"), parent=None, authres=False,
    note="Colleague's reply carrying the AWS case subject; not from support. Labelled case null (colleague chatter).")

add("resolved", False, CC, [], "Amazon Web Services <%s>" % CON, ME_P,
    f"RE:[CASE {CC}] 50% exam discount benefit no longer shown on Benefits page", "Fri, 28 Mar 2025 08:15:44 +0000",
    text(f"""Hello,

The benefits team has confirmed that, following the account merge, the 50% exam discount is now shown on the Benefits page of your personal certification account. I'm marking this case as resolved.

If the benefit does not appear after signing out and back in, you can reopen this case from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Haruto K.
Amazon Web Services
======================
To see all the replies, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""), key="C5", parent=["C1", "C2", "C3", "C4"], note="Console case resolved with conditional reopen and rating footer.")

add("unrelated", False, None, [], "AWS Educate <aws-cs-educate-form@amazon.com>", ME_P,
    "RE:[CASE 174314402200761] [AWS Educate Form Submission] - account-access", "Fri, 28 Mar 2025 11:02:09 +0000",
    text("""Hello,

Thank you for contacting AWS Educate. We were unable to find an AWS Educate account registered to this email address. Could you let us know the email address you used when you joined AWS Educate, along with the name of your institution?

Regards,
AWS Educate Support
"""), note="Other AWS program (Educate) asking a question; not a T&C case -> unrelated, no reply flag, case null.")

add("unrelated", False, None, [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
    "Delivery Status Notification (Failure)", "Tue, 01 Apr 2025 01:03:27 +0000",
    text("""** Address not found **

Your message wasn't delivered to k-morioka@nakazawa-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <k-morioka@nakazawa-sys.co.jp>: Recipient address rejected: User unknown in virtual mailbox table

----- Original message -----
Subject: 最終日のメモ(転送テスト)
"""), note="Bounce: the company mailbox was closed after the last day.")

add("certification", False, None, [], "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "AWS Certification wants to hear from you", "Tue, 01 Apr 2025 15:00:00 +0000",
    text("""Hello Kenta,

As an AWS Certified individual, your perspective matters. Take our 10-minute Certification Program survey and help shape future exams:
https://survey.certmetrics.com/aws/2025q1

The survey closes April 30.

AWS Certification
"""), note="CertMetrics program survey, not about a support case -> certification.")

A_REOPEN_USER = f"""Hi Tomás,

Sorry to come back to this. Everything moved over except the 50% exam benefit: it showed up briefly last week, but today the Benefits page on my personal account is empty again. I haven't redeemed it. Could you have a look?

Kenta"""
add("user_reply", False, A, [], ME_P, "AWS Training and Certification <%s>" % TC,
    f"Re: RE:[CASE {A}] {SUBJ}", "Wed, 02 Apr 2025 08:19:51 +0900",
    text(A_REOPEN_USER + f"\n\nOn Wed, Mar 26, 2025 at 10:58 AM Amazon Web Services <{TC}> wrote:\n{q(A_RES)}\n"), key="A12",
    parent=["A1", "A8", "A10", "A11"], authres=False, note="Owner writes back on the resolved case (reopen).")

A_REOPEN = f"""Hello Kenta,

Your reply has reopened case {A}; I'm Aiko and I'll be handling it from here.

I looked at the history. When two accounts are merged, open benefits from the retired account are re-issued on the surviving account by a separate process that runs after the merge. In your case that process ran on March 26, which is why the benefit appeared. On March 31, however, a nightly cleanup for partner-released accounts removed benefits that had originally been issued under the partner organization, and yours was one of them. This is a known issue that has affected a handful of merges involving partner accounts, and our engineering team already has a fix scheduled.

I've raised a ticket with the benefits team to restore the voucher manually, linked to the earlier console case {CC}, where a colleague had already documented the voucher. Manual restorations normally take 2 to 4 business days. You don't need to do anything while that runs, and the voucher will keep its original expiry date.

Regards,
Aiko N.
AWS Training and Certification Customer Support"""
add("case_update", False, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {A}] {SUBJ}", "Wed, 02 Apr 2025 04:10:35 +0000",
    text(A_REOPEN + f"\n\nCase ID: {A}\n", enc="b64"), key="A13", parent=["A1", "A8", "A10", "A11", "A12"], crlf=True,
    note="Reopened case: long technical explanation, mentions another case number, explicitly nothing needed.")

add("acknowledgement", False, E, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {E}] {SUBJ}", "Thu, 03 Apr 2025 00:37:12 +0000",
    text(f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {E} to address your request. The details of your case are as follows:

Case ID: {E}
Subject: Missing exam in history - third account
Correspondence: My 2019 Cloud Practitioner exam is missing from my merged account. I believe it sits on an older certification account created with my university address (morioka.k@alumni.kogakuin-u.jp). Candidate ID of my current account: AWS28406615.

We usually respond within 24 hours. If you have already opened a case, please do not open another case for a similar request.

Sincerely,
Amazon Web Services
"""), key="E1", note="Ack for case E, 10-digit case ID; 'RE:' prefix even on the ack; candidate ID only inside echoed form text (the owner's words quoted by support) - labelled as support's own text since it is not quoted history.")
MSGS[-1]["label"]["candidate_ids"] = ["AWS28406615"]

add("unrelated", False, None, [], formataddr(("AWS ジャパン", "aws-marketing-email-replies@amazon.com"), charset="utf-8"), ME_P,
    "【AWS】新年度にはじめる生成 AI 活用セミナーのご案内", "Thu, 03 Apr 2025 01:00:00 +0000",
    html("""<html><body><p>いつも AWS をご利用いただきありがとうございます。</p><p>新年度にあわせ、生成 AI の活用を基礎から学べるオンラインセミナーを開催いたします。ご参加をお待ちしております。</p><p><a href="https://pages.awscloud.com/jp-genai-2025.html">お申し込みはこちら</a></p><p style="font-size:10px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a></p></body></html>""", enc="b64"),
    subj_cs="iso-2022-jp", note="Japanese AWS marketing, HTML-only base64.")

A_ASK3 = f"""Hi Kenta,

An update from the benefits team, and one thing from your side.

They can restore the voucher, but the automatic restore failed because the original voucher record was deleted rather than deactivated. To re-create it manually they match on the voucher code itself; the system only keeps the last four characters, and those alone are not enough for them to find the right entry in the issuing batch.

You mentioned earlier that you noted down your benefits before the merge. If the full code is among those notes, it would let the team re-create the voucher in one step instead of re-issuing a new one through a longer approval.

Aiko N.
AWS Training and Certification Customer Support"""
add("info_request", True, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {A}] {SUBJ}", "Thu, 03 Apr 2025 06:55:02 +0000",
    alt(text(A_ASK3, enc="qp"), html("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in A_ASK3.split("\n\n")) + "</body></html>")),
    key="A14", parent=["A1", "A11", "A12", "A13"],
    note="Reopened case; ask is hedged ('If the full code is among those notes, it would let the team...') - a wish; owner must answer.")

add("user_reply", False, A, [], ME_P, "AWS Training and Certification <%s>" % TC,
    f"Re: RE:[CASE {A}] {SUBJ}", "Fri, 04 Apr 2025 07:40:31 +0900",
    text(f"""Hi Aiko,

I only noted part of it, sorry: PRV-50-7Q2K plus the last four, which you already have. Screenshot attached in case the layout helps.

Kenta

> You mentioned earlier that you noted down your benefits before the merge. If the full code is among those notes, it would let the team re-create the voucher in one step
"""), key="A15", parent=["A1", "A11", "A12", "A13", "A14"], authres=False, note="Owner's partial answer with snippet quote.")

E_REQ = f"""Hello Kenta,

Thank you for the details. I found a certification account registered to morioka.k@alumni.kogakuin-u.jp with a passed Cloud Practitioner exam from November 2019, candidate ID AWS07731248. That matches what you described.

Because that account belongs to a different email address, our privacy rules treat it as a separate customer until its owner speaks for it. A request to add it to your merged account has to come from that address itself; so far we only have messages from kenta.morioka.dev@gmail.com on this case. Once a message from the alumni address reaches this case, I can take the merge forward the same day."""
add("info_request", True, E, ["AWS07731248"], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {E}] {SUBJ}", "Fri, 04 Apr 2025 02:21:40 +0000",
    html(f"""<html><head><style>td{{padding:4px 8px;border:1px solid #ccc}}</style></head><body>
<div style="font-family:Amazon Ember,Arial">{"".join(f"<p>{p}</p>" for p in E_REQ.split(chr(10)+chr(10)))}
<table><tr><td><b>Account</b></td><td><b>Email</b></td><td><b>Candidate ID</b></td><td><b>Status</b></td></tr>
<tr><td>Current (merged)</td><td>kenta.morioka.dev@gmail.com</td><td>AWS28406615</td><td>Active</td></tr>
<tr><td>Older</td><td>morioka.k@alumni.kogakuin-u.jp</td><td>AWS07731248</td><td>Active - unverified owner</td></tr></table>
<p>Thank you,<br>Grace L.<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">Case ID: {E}</p></div></body></html>"""),
    key="E2", parent="E1",
    note="HTML-only with table; 'write from the other address' expressed only as a rule and a condition. Candidate IDs: text then table.")
MSGS[-1]["label"]["candidate_ids"] = ["AWS07731248", "AWS28406615"]

add("unrelated", False, None, [], formataddr(("週刊インフラ通信", "news@infra-weekly.jp"), charset="utf-8"), ME_P,
    "【週刊インフラ通信 #217】新年度の学習計画", "Sat, 05 Apr 2025 07:00:02 +0900",
    text("""週刊インフラ通信 #217

■ 新年度の学習計画
今期の目標として資格取得を掲げる方も多いと思います。合格後はデジタルバッジの受け取りをお忘れなく。受け取りの手続きが済むまでは、プロフィールに表示されません。

■ 編集後記
ご意見・ご感想がございましたら、本メールにご返信ください。
""", enc="b64"), note="Newsletter with conditional invitation in Japanese.")

add("user_reply", False, E, [], ME_P, "AWS Training and Certification <%s>" % TC,
    f"RE: [CASE {E}] {SUBJ}", "Sat, 05 Apr 2025 11:12:09 +0900",
    text(f"""Hello Grace,

I have just sent a message to this case from morioka.k@alumni.kogakuin-u.jp asking that account AWS07731248 be merged into AWS28406615. Please let me know if it did not arrive.

Regards,
Kenta Morioka

________________________________
From: Amazon Web Services <{TC}>
Sent: Friday, April 4, 2025 11:21
To: kenta.morioka.dev@gmail.com
Subject: RE:[CASE {E}] {SUBJ}

{E_REQ}
"""), key="E3", parent=["E1", "E2"], authres=False, crlf=True, note="Owner's reply, Outlook header-block quoting, CRLF; two candidate IDs in new text.")
MSGS[-1]["label"]["candidate_ids"] = ["AWS07731248", "AWS28406615"]

add("case_update", False, E, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {E}] {SUBJ}", "Mon, 07 Apr 2025 00:48:15 +0000",
    text(f"""Hello Kenta,

The message from your alumni address arrived and is attached to the case. I've asked the merge team to prepare the three-way record (the retired company account is already part of your current account, so only the alumni account is new). They usually need one to two business days to line up older records from 2019, since those were migrated from the previous exam platform.

If you have anything to add in the meantime, just reply here.

Grace L.
AWS Training and Certification
"""), key="E4", parent=["E1", "E2", "E3"], note="Progress update with conditional invitation; nothing owed.")

add("resolved", False, A, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {A}] {SUBJ}", "Mon, 07 Apr 2025 05:30:44 +0000",
    text(f"""Hello Kenta,

The partial code was enough after all: combined with the issue date, the benefits team found the batch entry and re-created your 50% exam benefit with its original expiry (September 30, 2025). It is visible on your Benefits page now.

Since the voucher was restored, I'm closing the case again. No reply is necessary.

Regards,
Aiko N.
AWS Training and Certification Customer Support

> If the full code is among those notes, it would let the team re-create the voucher in one step instead of re-issuing a new one through a longer approval.
""", enc="qp"), key="A16", parent=["A1", "A11", "A12", "A13", "A14", "A15"],
    note="Voucher restored; quotes the earlier hedged request line.")

E_CONF = f"""森岡 健太 様

AWS トレーニングと認定カスタマーサポートの Grace でございます。日本語でのご案内が分かりやすいとのことでしたので、本メールは日本語にてお送りいたします。

統合チームにて、以下の 2 つの認定アカウントの照合が完了いたしました。

Account #1
ログイン用メールアドレス: kenta.morioka.dev@gmail.com
候補ID: AWS28406615
保有認定: SAA、DVA

Account #2
ログイン用メールアドレス: morioka.k@alumni.kogakuin-u.jp
候補ID: AWS07731248
保有認定: Cloud Practitioner(2022 年失効)

統合後は Account #2 がご利用いただけなくなり、試験履歴は Account #1 に引き継がれます。統合先を Account #1 とすることについて、お客様のご了承をいただいた時点で作業を開始いたします。

Grace
AWS トレーニングと認定 カスタマーサポート"""
add("confirmation_request", True, E, ["AWS28406615", "AWS07731248"], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    f"RE:[CASE {E}] {SUBJ}", "Tue, 08 Apr 2025 03:02:27 +0000",
    text(E_CONF + f"\n\nケース ID: {E}\n", enc="b64"), key="E5", parent=["E1", "E2", "E3", "E4"],
    note="Japanese confirmation request; the ask is a condition ('ご了承をいただいた時点で作業を開始'), no question form.")

add("badge", False, None, [], "Credly <admin@credly.com>", ME_P,
    "Reminder: accept your AWS Certified Developer – Associate badge", "Tue, 08 Apr 2025 14:00:00 +0000",
    alt(text("""Hi Kenta,

Your badge from Amazon Web Services Training and Certification is still waiting for you. Accept it to make it visible on your Credly profile.

https://www.credly.com/badges/a92d1c44-0b7e-4f61-8d2a-55e0c31f9b10/accept
"""), html("""<p>Hi Kenta,</p><p>Your badge from Amazon Web Services Training and Certification is still waiting for you.</p><p><a href="https://www.credly.com/badges/a92d1c44-0b7e-4f61-8d2a-55e0c31f9b10/accept">Accept badge</a></p>""")),
    note="Credly reminder; 'still waiting for you' resembles a pending ask but is not support.")

add("unrelated", False, None, [], "Yuki Sato <yuki.sato@kitaura-tech.co.jp>", ME_P,
    "Welcome aboard / first-week schedule", "Wed, 09 Apr 2025 09:15:00 +0900",
    text("""Hi Kenta,

Welcome to Kitaura Tech! Your first week is below. IT still needs your preferred username for the SSO account; the laptop can only be handed over once that is set up, so send it to me when you can.

Mon: onboarding, security training
Tue: team intro, AWS Organizations walkthrough
Wed-Fri: pairing with Ren on the landing zone

See you Monday,
Yuki
"""), note="New employer mail with an indirect need ('IT still needs...', 'can only be handed over once') - not support.")

add("closing_notice", True, E, [], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    f"RE:[CASE {E}] {SUBJ}", "Fri, 11 Apr 2025 02:40:50 +0000",
    text(f"""森岡 健太 様

先日ご案内いたしました統合先のご確認につきまして、まだお返事を頂戴できておりません。

このままご連絡がない場合、本ケースは 4 月 15 日にクローズとなります。クローズ後に本メールへご返信いただきますと、ケースは再開されます。

Grace
AWS トレーニングと認定 カスタマーサポート
ケース ID: {E}
""", cs="iso-2022-jp"), key="E6", parent=["E1", "E2", "E3", "E4", "E5"],
    note="Japanese closing notice, ISO-2022-JP; missing answer stated as a fact.")

add("user_reply", False, E, [], ME_P, formataddr(("AWS トレーニングと認定", TC), charset="utf-8"),
    f"Re: RE:[CASE {E}] {SUBJ}", "Fri, 11 Apr 2025 19:55:13 +0900",
    text(f"""Grace 様

ご連絡が遅くなり申し訳ございません。
Account #1(kenta.morioka.dev@gmail.com)への統合で問題ございません。よろしくお願いいたします。

森岡

2025年4月8日(火) 12:02 AWS トレーニングと認定 <{TC}>:
{q(E_CONF)}
""", cs="iso-2022-jp"), key="E7", parent=["E1", "E2", "E3", "E4", "E5", "E6"], authres=False,
    note="Owner confirms in Japanese; candidate IDs only in quote.")

add("certification", False, None, ["AWS28406615"], "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Congratulations on recertifying your AWS Certification!", "Mon, 14 Apr 2025 06:12:38 +0000",
    alt(text("""Congratulations, Kenta Morioka!

Candidate ID: AWS28406615

You have successfully recertified AWS Certified Solutions Architect - Associate. Your certification is now valid through April 12, 2028.

Your digital badge will be issued through Credly within 5 business days. Your certificate is available in your AWS Certification Account.

AWS Certification
"""), html("""<h2>Congratulations, Kenta Morioka!</h2><p>Candidate ID: AWS28406615</p><p>You have successfully recertified <b>AWS Certified Solutions Architect - Associate</b>. Valid through April 12, 2028.</p>""")),
    note="Recertification notice.")

add("resolved", False, E, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE:[CASE {E}] {SUBJ}", "Mon, 14 Apr 2025 08:47:05 +0000",
    text(f"""Hello Kenta,

Thank you for the go-ahead. The alumni account has been merged into your current account, and the 2019 Cloud Practitioner exam now shows in your exam history. The alumni address no longer signs in to AWS Training and Certification.

This case is closed. If anything looks off in your history, reply within 14 days and it will reopen.

Grace L.
AWS Training and Certification
"""), key="E8", parent=["E1", "E5", "E6", "E7"], note="Merge done (case E), conditional reopen.")

add("badge", False, None, [], "Credly <admin@credly.com>", ME_P,
    "You've earned a badge from Amazon Web Services Training and Certification", "Tue, 15 Apr 2025 00:20:41 +0000",
    html("""<html><body><table width="600"><tr><td><h1>You've earned a badge!</h1><p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Solutions Architect &ndash; Associate</b> (recertified 2025).</p><p><a href="https://www.credly.com/badges/5c7e1b90-77aa-4d3e-9b8f-2f61a0d93c22/accept">Accept your badge</a></p></td></tr></table></body></html>"""),
    note="Credly badge, HTML only.")

add("survey", False, E, [], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    f"サポートに関するアンケートのお願い(ケース {E})", "Tue, 15 Apr 2025 03:00:00 +0000",
    text(f"""森岡 健太 様

先日はケース {E} にてお問い合わせいただき、誠にありがとうございました。
今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします(所要時間 約 1 分)。

https://survey.aws.training/s/csat?c={E}&lang=ja

ご回答は任意です。

AWS トレーニングと認定
""", enc="qp"), note="Japanese survey with お願い - survey, not a request.")

add("suspicious", False, None, [], "Credly <admin@credly-badges.net>", ME_P,
    "Action needed: your AWS badge could not be issued", "Tue, 15 Apr 2025 09:41:19 +0000",
    alt(text("""Hello,

We were unable to issue your AWS Certified Solutions Architect badge because your Credly session expired. Your badge can only be issued once you sign in again with your AWS Builder ID password:

https://credly-badges.net/aws/signin

Credly Support
"""), html("""<p>Hello,</p><p>We were unable to issue your AWS Certified Solutions Architect badge because your Credly session expired. Your badge can only be issued once you sign in again.</p><p><a href="https://credly-badges.net/aws/signin">Sign in</a></p>""")),
    dkim="pass", dmarc="pass", note="Lookalike Credly domain phishing using an indirect condition.")

add("acknowledgement", False, G, [], formataddr(("アマゾン ウェブ サービス", TC), charset="utf-8"), ME_P,
    f"RE:[CASE {G}] [AWS トレーニングと認定 フォーム送信] - 認定特典", "Wed, 16 Apr 2025 03:05:10 +0000",
    text(f"""アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。ケース {G} を作成いたしました。

ケース ID: {G}
件名: 認定ストアにアクセスできない
お問い合わせ内容: 再認定後、AWS Certified Store のページで「対象の認定が見つかりません」と表示されます。

通常 24 時間以内にご連絡いたします。すでにケースを作成されている場合は、同様のリクエストについて別のケースを作成しないでください。
ご不明な点がございましたら、本メールにご返信いただくことで情報を追加いただけます。

アマゾン ウェブ サービス
""", enc="b64"), key="G1", note="Japanese ack for case G (15-digit), with conditional invitation.")

add("unrelated", False, None, [], "Zendesk Support - Backlog <support@nulab.example>".replace("nulab.example", "nulab.com"), ME_P,
    "[Nulab Support] Request #558201: We're waiting for your reply", "Wed, 16 Apr 2025 06:30:00 +0000",
    text("""Hello Kenta,

We're still waiting for the log file mentioned in our last message. The investigation can only continue once it is attached. If we don't hear from you within 7 days, this request will be closed automatically.

Nulab Support
"""), note="Other vendor's pending request / closing warning with indirect condition - unrelated, no reply flag.")

G_REQ = f"""森岡 健太 様

AWS トレーニングと認定カスタマーサポートの中村でございます。

お問い合わせいただいた認定ストアの件について、現状をご説明いたします。

AWS Certified Store は、有効な認定を保有しているアカウントに対して、認定データを毎晩同期する仕組みとなっております。再認定された場合、新しい有効期限が同期されるまでに最大 72 時間かかることがございます。また、本年 3 月および 4 月に統合されたアカウントでは、統合前の候補 ID がストア側に残ったままとなり、同期が失敗する事例が報告されております。

森岡様のアカウントは 2 回統合されているため、後者に該当する可能性がございます。ストア側の記録を修正する場合は、ストアへのサインインに使用されているメールアドレスが、現在の認定アカウント(候補 ID AWS28406615)のものと一致しているかどうかが判断の分かれ目となります。

次のステップは、ストアのプロフィール画面に表示されているメールアドレスのご確認結果次第となります。

中村
AWS トレーニングと認定 カスタマーサポート"""
add("info_request", True, G, ["AWS28406615"], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    f"RE:[CASE {G}] [AWS トレーニングと認定 フォーム送信] - 認定特典", "Thu, 17 Apr 2025 01:44:29 +0000",
    alt(text(G_REQ + f"\n\nケース ID: {G}\n", cs="iso-2022-jp"),
        html("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in G_REQ.split("\n\n")) + f"<p>ケース ID: {G}</p></body></html>", enc="b64")),
    subj_cs="iso-2022-jp", key="G2", parent="G1",
    note="Japanese, long technical explanation; the ask is a plan ('次のステップは…ご確認結果次第'). Still pending at the end of the set.")

add("unrelated", False, None, [], "Ren Aoki <notifications@github.com>", ME_P,
    "[kitaura-tech/landing-zone] Merged: add SCP for region restriction (#231)", "Thu, 17 Apr 2025 09:02:44 +0000",
    text("""Merged #231 into main.

Your review was requested but is no longer needed.

--
View it on GitHub: https://github.com/kitaura-tech/landing-zone/pull/231
"""), note="GitHub merged, review 'no longer needed'.")

add("unrelated", False, None, [], "The Pragmatic Cloud <hello@pragmaticcloud.dev>", ME_P,
    "Issue 92: Landing zones that age well", "Fri, 18 Apr 2025 13:00:00 +0000",
    text("""Issue 92

Landing zones that age well: SCPs, account vending and the boring bits that matter.

Reply if you want the Terraform template - I'll send it over.

- Dana
"""), note="Newsletter.")


G_USER = """中村様

ご説明ありがとうございます。ストアのプロフィールには k-morioka@nakazawa-sys.co.jp(前職のアドレス)が表示されていました。このアドレスはすでに受信できません。

森岡"""
add("user_reply", False, G, [], ME_P, formataddr(("AWS トレーニングと認定", TC), charset="utf-8"),
    f"Re: RE:[CASE {G}] [AWS トレーニングと認定 フォーム送信] - 認定特典", "Sat, 19 Apr 2025 10:31:07 +0900",
    text(G_USER + "\n\n2025年4月17日(木) 10:44 AWS トレーニングと認定 <%s>:\n%s\n" % (TC, q(G_REQ)), cs="iso-2022-jp"),
    subj_cs="iso-2022-jp", key="G3", parent=["G1", "G2"], authres=False, note="Owner reports the check result (Japanese).")

G_UPD = f"""森岡 健太 様

AWS トレーニングと認定カスタマーサポートの中村でございます。ご確認いただき、誠にありがとうございました。

ストアのプロフィールに前職のメールアドレスが残っていたことから、原因は統合前の候補 ID がストア側に残っていたことであると判断いたしました。ストアを運営するチームに対し、以下の対応を依頼済みです。

1. ストアのプロフィールに紐づく候補 ID を AWS11573920 から AWS28406615 へ付け替え
2. ログイン用メールアドレスを kenta.morioka.dev@gmail.com へ変更
3. 認定データの手動同期

ストア運営チームの作業は、通常 2〜3 営業日で完了いたします。作業はすべて弊社側で行うため、お客様にご対応いただく事項はございません。前職のメールアドレスが受信できない状態でも、作業に支障はございませんのでご安心ください。

作業完了後、改めて本ケースにてご連絡いたします。

中村
AWS トレーニングと認定 カスタマーサポート
ケース ID: {G}"""
add("case_update", False, G, ["AWS11573920", "AWS28406615"], formataddr(("AWS トレーニングと認定", TC), charset="utf-8"), ME_P,
    f"RE:[CASE {G}] [AWS トレーニングと認定 フォーム送信] - 認定特典", "Mon, 21 Apr 2025 02:15:33 +0000",
    text(G_UPD, enc="qp"), key="G4", parent=["G1", "G2", "G3"],
    note="Long Japanese update with numbered steps and 依頼 words aimed at another team; explicitly nothing for the owner.")

add("unrelated", False, None, [], "AWS Skill Builder <no-reply@aws.training>", ME_P,
    "Your AWS Skill Builder receipt", "Mon, 21 Apr 2025 05:44:02 +0000",
    text("""Thanks for your purchase!

Order number: SB-2025-0421-10288
AWS Skill Builder - Exam Prep Enhanced Course: AWS Certified Developer - Associate  USD 0.00 (included in subscription)

Manage your subscription at https://skillbuilder.aws/subscription
"""), note="Skill Builder receipt.")

G_ASK = f"""Hi Kenta,

Nakamura is out this week, so I'm covering case {G}.

The store team reports that the candidate ID swap and the manual sync finished overnight. On their side every record now points to your current account, and the sync log shows no errors.

The one thing I can't see from here is what the store page itself shows you after signing in. Whether the "certification not found" message is gone is the last piece missing before this case can be closed.

Thanks,
Oliver B.
AWS Training and Certification Customer Support"""
add("info_request", True, G, [], "Amazon Web Services <%s>" % TC, ME_P,
    f"RE: [CASE {G}] [AWS トレーニングと認定 フォーム送信] - 認定特典", "Wed, 23 Apr 2025 07:20:48 +0000",
    alt(text(G_ASK, enc="qp"), html("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in G_ASK.split("\n\n")) + "</body></html>")),
    subj_cs="iso-2022-jp", key="G5", parent=["G1", "G2", "G3", "G4"],
    note="English reply on a Japanese thread; a check to report back, stated as 'the last piece missing'. Pending at end of set.")

add("unrelated", False, None, [], "Yuki Sato <yuki.sato@kitaura-tech.co.jp>", ME_P,
    "AWS certs for the partner tier", "Thu, 24 Apr 2025 10:05:00 +0900",
    text("""Hi Kenta,

For our APN tier review we count certified staff in Partner Central. It would help to have your certification linked to Kitaura Tech by the end of May - the review can only go ahead once we reach 10 people. No rush this week.

Yuki
"""), note="New employer asks (indirect wish/condition) to link certification to its partner org - not support.")

# ---------------------------------------------------------------- write out
def main():
    for f in os.listdir(OUT):
        if f.endswith(("-msg.eml", "-msg.json")):
            os.remove(os.path.join(OUT, f))
    counts = collections.Counter()
    for m in MSGS:
        raw = m["msg"].as_bytes()
        if m["crlf"]:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        base = os.path.join(OUT, "%03d-msg" % m["n"])
        with open(base + ".eml", "wb") as fh:
            fh.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] += 1
    for k, v in sorted(counts.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {len(MSGS)}")
    print(f"{'needs_reply':22s} {sum(m['label']['needs_reply'] for m in MSGS)}")
    if os.environ.get("TABLE"):
        for m in MSGS:
            l = m["label"]
            print(f"| {m['n']:03d} | {l['kind']} | {'yes' if l['needs_reply'] else 'no'} | {l['case'] or '-'} | {m['note']} |")

if __name__ == "__main__":
    main()
