#!/usr/bin/env python3
"""Generate the blind corpus blind-202 next to this script (stdlib only)."""
import zlib, base64, json, os, quopri, sys
from collections import Counter
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

ME_P = "ryo.kanzaki.mail@gmail.com"
ME_C = "kanzaki.r@hoshizora-sys.co.jp"
ME_DOCOMO = "r-kanzaki.0412@docomo.ne.jp"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

A = "174183920700217"   # merge case (form, 15 digits)
D = "174184011300588"   # duplicate form submission
B = "20348817562"       # Japanese follow-up case (11 digits)
C = "174262095400071"   # console case, Training & Certification
E = "174230551200045"   # console case, EC2 quota (not T&C)
F = "7301846622"        # 2020 case, forwarded only

CID_OLD = "AWS04417721"; CID_NEW = "AWS09183346"; CID_X = "AWS07720158"

SUBJ_A = f"RE:[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE: [CASE {B}] [AWS Training and Certification Form Submission] - certification"

MSGS = []
MID = {}

def d(y, mo, dd, h, mi, tz=JST, s=0):
    return datetime(y, mo, dd, h, mi, s, tzinfo=tz)

def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, a, cs="utf-8"):
    if not name: return a
    try:
        name.encode("ascii"); return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "us-ascii": "ascii"}

def part(body, subtype="plain", cs="utf-8", cte="quoted-printable", maintype="text", fname=None, raw=None):
    p = MIMENonMultipart(maintype, subtype, **({"charset": cs} if maintype == "text" else {}))
    data = raw if raw is not None else body.encode(CODEC[cs])
    if cte == "base64":
        pay = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        pay = quopri.encodestring(data).decode("ascii")
    else:
        pay = data.decode(CODEC[cs]) if cs != "iso-2022-jp" else data.decode("ascii")
    p.set_payload(pay)
    p["Content-Transfer-Encoding"] = cte
    if fname:
        p.add_header("Content-Disposition", "attachment", filename=fname)
    return p

def auth(dom, dkim="pass", spf="pass", dmarc="pass", sel="a2l3wb"):
    return (f"mx.google.com;\n       dkim={dkim} header.i=@{dom} header.s={sel} header.b=Qx7f2L1c;\n"
            f"       spf={spf} (google.com: domain of bounces@{dom} designates 54.240.8.23 as permitted sender) smtp.mailfrom={dom};\n"
            f"       dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")

def add(kind, reply, case, cids, date, frm, to, subj, body=None, *, html=None, cs="utf-8", cte="quoted-printable",
        hcs=None, cc=None, irt=None, refs=None, authres=None, crlf=False, attach=None, extra=None, note="", mid=None,
        domain=None, received=True):
    n = len(MSGS) + 1
    if html is not None and body is not None:
        m = MIMEMultipart("alternative")
        m.attach(part(body, "plain", cs, cte)); m.attach(part(html, "html", cs, cte))
    elif html is not None:
        m = part(html, "html", cs, cte)
    else:
        m = part(body, "plain", cs, cte)
    if attach:
        outer = MIMEMultipart("mixed"); outer.attach(m)
        for a in attach: outer.attach(a)
        m = outer
    fdom = frm.split("@")[-1].rstrip(">")
    dom = domain or fdom
    mid = mid or f"<{n:03d}.{int(date.timestamp())}.{zlib.crc32(subj.encode())%99999:05d}@{ {'amazon.com':'email.amazonses.com'}.get(dom, dom) }>"
    MID[n] = mid
    hdrs = []
    if received:
        hdrs.append(("Received", f"from mail-out.{dom} (mail-out.{dom} [203.0.113.{n}])\n        by mx.google.com with ESMTPS id x{n}si{n*7}; {format_datetime(date + timedelta(seconds=3))}"))
    if authres:
        hdrs.append(("Authentication-Results", authres))
    hdrs += [("Message-ID", mid), ("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc: hdrs.append(("Cc", cc))
    hdrs.append(("Subject", enc_hdr(subj, hcs or ("iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"))))
    if irt:
        hdrs.append(("In-Reply-To", MID[irt]))
        chain = [MID[r] for r in (refs or [])] + [MID[irt]]
        hdrs.append(("References", " ".join(dict.fromkeys(chain))))
    for k, v in (extra or []):
        hdrs.append((k, v))
    old = list(m.items())
    for k in list(m.keys()): del m[k]
    for k, v in hdrs: m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in old:
        if k != "MIME-Version": m[k] = v
    text = m.as_string()
    if crlf: text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(OUT, f"{n:03d}-msg.eml"), "wb") as f:
        f.write(text.encode("utf-8"))
    label = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cids}
    with open(os.path.join(OUT, f"{n:03d}-msg.json"), "w") as f:
        json.dump(label, f, ensure_ascii=False); f.write("\n")
    MSGS.append((n, kind, reply, note))
    return n

ME_P_H = addr("Ryo Kanzaki", ME_P)
ME_C_H = addr("神崎 涼", ME_C)
ME_C_EN = addr("Kanzaki Ryo", ME_C)
FORM_H = addr("AWS Training and Certification", FORM)
NOREPLY_H = addr("Amazon Web Services", NOREPLY)
AUTH_AWS = auth("amazon.com")
def AUTH(dom): return auth(dom)

# ---------------------------------------------------------------- March
add("unrelated", False, None, [], d(2025,3,3,9,12,UTC), NOREPLY_H, ME_P,
    "AWS Notification - Your February 2025 invoice is available",
    """Greetings from Amazon Web Services,

Your invoice for the billing period February 1 - February 28, 2025 is now available
for AWS account 551234908876 (ryo-sandbox).

Amount due: USD 14.37
Due date: March 18, 2025

You can view and download the invoice in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

If you have questions about your bill, you can open a case in the AWS Support Center.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
This email address cannot accept incoming e-mails.
""", authres=AUTH_AWS, note="AWS billing from the same no-reply-aws sender console cases use; 12-digit account ID")

add("user_reply", False, None, [CID_OLD], d(2025,3,3,18,47), ME_C_H, ME_P_H,
    "退職前メモ：AWS認定アカウント",
    """自分用メモ（個人アドレスに転送しておく）

旧アカウント（会社アドレス kanzaki.r@hoshizora-sys.co.jp）
候補ID: AWS04417721
 - SAA-C03  2023/06/10 合格
 - DVA-C02  2024/02/24 合格
 - SAP-C02  2024/11/16 合格
特典: 50%割引バウチャー 1枚（期限 2025/11/16）
APN: ほしぞらシステムズのパートナーアカウントと共有中

やること
1. Builder ID を個人アドレスで作成
2. 認定アカウントを新規作成 → 候補IDを控える
3. Contact AWS Training and Certification フォームで統合依頼
4. 3/31 までに会社メール停止されるので早めに
""", cs="iso-2022-jp", cte="7bit", received=False, note="note to self from the company address; candidate ID of the old account; no case yet")

add("unrelated", False, None, [], d(2025,3,4,10,2), addr("ほしぞらシステムズ 総務部", "soumu@hoshizora-sys.co.jp", "shift_jis"), ME_C_H,
    "【ご案内】退職手続きについて（神崎様）",
    """神崎 涼 様

総務部の田島です。退職に伴う手続きについてご案内いたします。

・最終出社日：2025年3月31日（月）
・社用メールアカウントは3月31日 18:00 をもって停止いたします。
・貸与PC・入館証は最終出社日に情報システム部へご返却ください。
・健康保険証の返却方法は別途ご連絡いたします。

必要書類は添付のチェックリストをご確認のうえ、3月21日までにご提出ください。
ご不明な点がございましたら、総務部までお問い合わせください。

田島 さやか
ほしぞらシステムズ株式会社 総務部
""", cs="shift_jis", cte="base64", authres=AUTH("hoshizora-sys.co.jp"),
    note="HR mail with a deadline and 'ご提出ください' — a request, but not from support")

add("unrelated", False, None, [], d(2025,3,4,12,5,UTC), addr("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    """Hello,

To finish creating your AWS Builder ID, enter this verification code:

    482913

This code expires in 10 minutes. If you didn't request it, you can ignore this email.

Amazon Web Services
""", authres=AUTH("signin.aws"), note="Builder ID one-time code (6 digits, not a case ID)")

n_ackA = add("acknowledgement", False, A, [], d(2025,3,4,12,31,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hello,

Thank you for contacting Amazon Web Services Training and Certification. We have opened case {A} to address your inquiry.

The details of your case are as follows:

Case ID: {A}
Subject: account-assistance
Severity: General guidance
Correspondence: Use case: I am leaving my current employer on March 31 and would like to merge my company certification account into my personal one.
All email addresses used: kanzaki.r@hoshizora-sys.co.jp, ryo.kanzaki.mail@gmail.com
Address to keep: ryo.kanzaki.mail@gmail.com

We usually respond within 24 hours, although some requests take longer while we investigate. If you have already opened a case for this request, please do not open another one; duplicate cases delay our response.

Regards,
AWS Training and Certification Customer Service
""", authres=AUTH_AWS, cte="7bit", crlf=True,
    note="plain acknowledgement; the form text inside it is the owner's but belongs to the ack")

n_ackD = add("acknowledgement", False, D, [], d(2025,3,4,12,44,UTC), FORM_H, ME_P,
    f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance",
    f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お問い合わせ内容を確認するため、ケース {D} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {D}
件名: account-assistance
お問い合わせ内容: 退職のため、会社アドレスの認定アカウントを個人アドレスのアカウントに統合したいです。

通常24時間以内にご回答いたしますが、調査内容によってはさらにお時間をいただく場合がございます。
なお、すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

AWS トレーニングと認定 カスタマーサービス
""", cs="iso-2022-jp", cte="7bit", authres=AUTH_AWS,
    note="second acknowledgement 13 min later (form sent twice from the phone, Japanese UI) = duplicate case")

n_dupreply = add("user_reply", False, D, [], d(2025,3,4,21,52), ME_P_H, FORM,
    SUBJ_D,
    f"""Hello,

Sorry, I submitted the form twice by mistake from my phone. Please close this case ({D}) and keep working on case {A} - it is the same request.

Ryo Kanzaki

iPhoneから送信

> 2025/03/04 21:44、AWS Training and Certification <{FORM}>のメール:
>
> お客様
>
> アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
> お問い合わせ内容を確認するため、ケース {D} を作成しました。
""", irt=n_ackD, received=False, note="owner's phone reply on the duplicate; names two case numbers, belongs to the duplicate")

add("unrelated", False, None, [], d(2025,3,5,1,15,UTC), addr("Aoi Hasegawa", "notifications@github.com"), ME_C,
    "Re: [hoshizora/infra-modules] Merge account modules into shared VPC stack (PR #231)",
    """Merged #231 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/231#event-16402231
You are receiving this because you were mentioned.
""", authres=AUTH("github.com"), extra=[("List-ID", "hoshizora/infra-modules <infra-modules.hoshizora.github.com>")],
    note="GitHub 'merged' and 'accounts' words")

add("case_update", False, D, [], d(2025,3,5,2,3,UTC), FORM_H, ME_P,
    SUBJ_D,
    f"""Hello Ryo,

Thanks for letting us know. I have closed case {D} as a duplicate and linked it to case {A}, where your account merge request will be handled. Please use case {A} for any further correspondence.

Best regards,
Hiroshi T.
AWS Training and Certification

> Sorry, I submitted the form twice by mistake from my phone. Please close this case ({D}) and keep working on case {A} - it is the same request.
""", irt=n_dupreply, refs=[n_ackD], authres=AUTH_AWS, note="duplicate closed and linked; 'Please use case A' is guidance, not a request")

n_hold = add("on_hold", True, A, [], d(2025,3,5,4,26,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hello Ryo,

My name is Maximilian and I'm looking after your merge request.

While reviewing the accounts I found that the certification account registered to kanzaki.r@hoshizora-sys.co.jp is associated with an AWS Partner Network organization (Hoshizora Systems Co., Ltd.). Certifications held under a partner organization count toward that partner's tier, so we are not able to move them while the association is active. The partner's Alliance Lead or Partner Central administrator has to remove the association from their side first; until then I have placed the case on hold.

Before we go further - are you still employed at Hoshizora Systems, and if so, what is your last working day?

Kind regards,
Maximilian R.
AWS Training and Certification Customer Service
""", html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Ryo,</p>
<p>My name is Maximilian and I'm looking after your merge request.</p>
<p>While reviewing the accounts I found that the certification account registered to <b>kanzaki.r@hoshizora-sys.co.jp</b> is associated with an AWS Partner Network organization (Hoshizora Systems Co., Ltd.). Certifications held under a partner organization count toward that partner's tier, so we are not able to move them while the association is active. The partner's Alliance Lead or Partner Central administrator has to remove the association from their side first; until then I have placed the case on hold.</p>
<p>Before we go further - are you still employed at Hoshizora Systems, and if so, what is your last working day?</p>
<p>Kind regards,<br>Maximilian R.<br>AWS Training and Certification Customer Service</p>
</body></html>""", irt=n_ackA, authres=AUTH_AWS,
    note="partner hold with a question buried at the end (no 'please') -> on_hold, reply needed")

n_fwdsato = add("user_reply", False, A, [], d(2025,3,5,13,40), ME_C_H, addr("佐藤 健一", "sato.k@hoshizora-sys.co.jp"),
    "FW: " + SUBJ_A,
    f"""佐藤さん

お疲れさまです、神崎です。
AWS認定アカウントを個人側に移すためにサポートに依頼したところ、下記の返信が来ました。
APN（Partner Central）側で私の認定アカウントの紐付けを外していただく必要があるようです。
お手数ですが、対応をお願いできますでしょうか。

神崎

-----Original Message-----
From: AWS Training and Certification <{FORM}>
Sent: Wednesday, March 5, 2025 1:26 PM
To: ryo.kanzaki.mail@gmail.com
Subject: {SUBJ_A}

Hello Ryo,

My name is Maximilian and I'm looking after your merge request.

While reviewing the accounts I found that the certification account registered to kanzaki.r@hoshizora-sys.co.jp is associated with an AWS Partner Network organization (Hoshizora Systems Co., Ltd.). [...] until then I have placed the case on hold.

Before we go further - are you still employed at Hoshizora Systems, and if so, what is your last working day?
""", cs="iso-2022-jp", cte="7bit", irt=n_hold, received=False, crlf=True,
    note="owner forwards support's hold to the colleague who administers Partner Central; request inside is the owner's own")

add("unrelated", False, A, [], d(2025,3,5,15,2), addr("佐藤 健一", "sato.k@hoshizora-sys.co.jp"), ME_C_H,
    "RE: FW: " + SUBJ_A,
    """神崎さん

了解です。Partner Central の認定情報の紐付け解除は金曜に対応します。
念のため社員番号を教えてもらえますか？（管理画面の検索で使います）

佐藤

-----Original Message-----
From: 神崎 涼 <kanzaki.r@hoshizora-sys.co.jp>
Sent: Wednesday, March 5, 2025 1:40 PM
To: 佐藤 健一 <sato.k@hoshizora-sys.co.jp>
Subject: FW: RE:[CASE 174183920700217] [AWS Training and Certification Form Submission] - account-assistance

佐藤さん

お疲れさまです、神崎です。
AWS認定アカウントを個人側に移すためにサポートに依頼したところ、下記の返信が来ました。
""", cs="utf-8", cte="base64", irt=n_fwdsato, authres=AUTH("hoshizora-sys.co.jp"),
    note="colleague asks a question in the case thread (subject keeps [CASE]); not support -> no reply owed to support")

n_r1 = add("user_reply", False, A, [], d(2025,3,5,19,8), ME_P_H, FORM,
    SUBJ_A,
    f"""Hi Maximilian,

Yes I'm still there until March 31 (last day). Our partner admin will remove the association this week.

Ryo

iPhoneから送信

> 2025/03/05 13:26、AWS Training and Certification <{FORM}>のメール:
>
> Hello Ryo,
>
> My name is Maximilian and I'm looking after your merge request.
> [...]
> Before we go further - are you still employed at Hoshizora Systems, and if so, what is your last working day?
""", irt=n_hold, refs=[n_ackA], received=False, note="short phone reply answering the hold question")

n_rcpt = add("acknowledgement", False, A, [], d(2025,3,5,10,8,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hello,

We have received your reply and added it to case {A}. The agent handling your case will get back to you.

No further action is required from you at this time.

AWS Training and Certification Customer Service
""", irt=n_r1, authres=AUTH_AWS, cte="7bit", note="automatic receipt of the owner's reply")

add("certification", False, None, [CID_OLD], d(2025,3,6,0,30,UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS Certification wants to hear from you",
    """Hello Ryo Kanzaki,

As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us about your experience
preparing for and holding an AWS Certification. Your answers help us improve exams and benefits.

Take the survey: https://survey.certmetrics.com/aws/2025q1?c=AWS04417721

Thank you,
AWS Certification
""", authres=AUTH("certmetrics.com"),
    note="CertMetrics program survey, not a support-case survey -> certification; candidate ID only inside a survey URL parameter (listed: it is in the new text)")

n_need1 = add("info_request", True, A, [], d(2025,3,6,3,55,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hi Ryo,

Thank you for confirming your last working day. I'll keep the case on hold until the partner administrator at Hoshizora Systems removes the association; you don't need to chase that with us, we will see it on our side.

There is one thing missing on our end, though. To make sure we merge into the right place we need the candidate ID of the certification account you created with ryo.kanzaki.mail@gmail.com. You'll find it at the top right after signing in to https://www.aws.training/certification (it starts with "AWS" followed by eight digits).

Regards,
Maximilian R.
AWS Training and Certification Customer Service

On Wed, Mar 5, 2025 at 10:08 AM, Ryo Kanzaki <{ME_P}> wrote:
> Yes I'm still there until March 31 (last day). Our partner admin will remove the association this week.
""", irt=n_r1, refs=[n_ackA, n_hold], authres=AUTH_AWS,
    note="'we still need X' after the owner's answer; hold continues but a request is in it -> info_request")

add("unrelated", False, None, [], d(2025,3,6,4,0,UTC), addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Summit Japan 2025】事前登録受付中 ― 今すぐご登録ください",
    None, html="""<html><body><table width="600" align="center" style="font-family:sans-serif">
<tr><td><h1>AWS Summit Japan 2025</h1></td></tr>
<tr><td><p>日本最大の AWS を学ぶイベント、AWS Summit Japan の事前登録を開始しました。</p>
<p>基調講演、150 以上のセッション、AWS 認定者ラウンジなど、見どころ満載です。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em">今すぐ登録する</a></p>
<p>ご不明な点がございましたら、本メールにご返信ください。</p></td></tr>
<tr><td style="font-size:11px;color:#777">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</td></tr>
</table></body></html>""", authres=AUTH_AWS, note="AWS marketing, HTML-only Japanese; 'ご返信ください' and 認定 in a marketing mail")

n_docomo = add("user_reply", False, A, [CID_NEW], d(2025,3,6,14,21), addr("", ME_DOCOMO), FORM,
    "Re: " + SUBJ_A,
    """New account candidate ID is AWS09183346
Kanzaki
""", cs="shift_jis", cte="8bit", irt=n_need1, received=False,
    note="owner answers from a third address (carrier mail on the phone), not on the case -> still user_reply")

n_wrongaddr = add("info_request", True, A, [], d(2025,3,7,1,12,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hello Ryo,

We received a message for this case from r-kanzaki.0412@docomo.ne.jp. That address is not listed on either certification account or on the case, so for your security we can't act on information sent from it.

Please send the candidate ID again from ryo.kanzaki.mail@gmail.com (the address you asked us to keep) by replying to this email.

Thank you for understanding,
Maximilian R.
AWS Training and Certification Customer Service

-----Original Message-----
From: r-kanzaki.0412@docomo.ne.jp
Subject: Re: {SUBJ_A}

New account candidate ID is AWS09183346
""", irt=n_docomo, refs=[n_ackA, n_hold, n_need1], authres=AUTH_AWS,
    note="write-from-the-right-address request; candidate ID appears only in the quoted part")

n_r2 = add("user_reply", False, A, [CID_NEW, CID_OLD], d(2025,3,7,10,34), ME_P_H, FORM,
    SUBJ_A,
    f"""Hi Maximilian,

Sorry about that, the docomo one is my phone's carrier address. From the right address this time:

New account (ryo.kanzaki.mail@gmail.com): AWS09183346
Old account (kanzaki.r@hoshizora-sys.co.jp): AWS04417721

Thanks,
Ryo Kanzaki

On Fri, Mar 7, 2025 at 10:12 AM AWS Training and Certification <{FORM}> wrote:
> Hello Ryo,
>
> We received a message for this case from r-kanzaki.0412@docomo.ne.jp. That address is not listed on either certification account or on the case, so for your security we can't act on information sent from it.
>
> Please send the candidate ID again from ryo.kanzaki.mail@gmail.com (the address you asked us to keep) by replying to this email.
""", irt=n_wrongaddr, refs=[n_ackA, n_hold, n_need1], received=False, note="owner's full answer with two candidate IDs")

add("on_hold", False, A, [CID_OLD], d(2025,3,7,6,40,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hi Ryo,

Thanks - both candidate IDs are now noted on the case.

Your case remains on hold until the partner association on AWS04417721 is removed. We have also reached out to the partner team, who will follow up with Hoshizora Systems. There is nothing else we need from you for now; we will write again as soon as the hold is lifted.

Regards,
Maximilian R.
AWS Training and Certification Customer Service
""", irt=n_r2, refs=[n_ackA, n_hold, n_need1, n_wrongaddr], authres=AUTH_AWS,
    note="hold restated, nothing asked ('nothing else we need') -> on_hold, no reply; candidate ID in own text")

add("unrelated", False, None, [], d(2025,3,8,2,10,UTC), addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Confirmation of your exam appointment - AWS Certified Solutions Architect - Professional",
    """Dear Ryo Kanzaki,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 482019377
Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date: Saturday, April 5, 2025 10:00 JST
Location: Online (OnVUE)

Please run the system test before exam day and have a valid government ID ready.
To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Pearson VUE
""", authres=AUTH("pearson.com"), note="exam vendor; 9-digit registration ID")

add("unrelated", False, None, [], d(2025,3,9,9,0), addr("connpass", "no-reply@connpass.com"), ME_P,
    "JAWS-UG 東京 #58 補欠から参加者に繰り上がりました",
    """神崎 涼 さん

JAWS-UG 東京 #58「認定資格を語る夜」の補欠から参加者に繰り上がりました。

日時: 2025/03/19(水) 19:00〜21:00
会場: 目黒セントラルスクエア

参加できなくなった場合は、イベントページからキャンセルしてください。

connpass
""", authres=AUTH("connpass.com"), note="community event mentioning 認定")

add("unrelated", False, None, [], d(2025,3,10,5,3,UTC), addr("AWS Partner Network", "apn-noreply@amazon.com"), ME_C,
    "AWS Partner Central: your certification association has been updated",
    """Hello,

An administrator of Hoshizora Systems Co., Ltd. removed the association between your AWS Training and
Certification account and the partner organization in AWS Partner Central.

Your certifications will no longer be counted toward Hoshizora Systems Co., Ltd. It can take up to 5 business days for this change to be reflected everywhere.

If you believe this was done in error, contact your Partner Central administrator.

AWS Partner Network
""", authres=AUTH_AWS, note="APN system notice about the hold's cause; not case mail")

add("case_update", False, A, [], d(2025,3,11,0,48,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hello Ryo,

Good news: the partner association on your old certification account has been removed, so I've taken case {A} off hold and we are working on the merge again.

I'll send over the account details for a final check shortly.

Best,
Priya N.
AWS Training and Certification Customer Service
""", authres=AUTH_AWS, cte="7bit", note="hold lifted, agent changed; announces a future request but asks nothing yet")

add("user_reply", False, A, [], d(2025,3,11,12,15), ME_P_H, ME_P_H,
    "todo",
    f"""- AWS case {A}: hold解除済。確認メールが来たらすぐ返信（個人アドレスから！）
- 会社メールは3/31で止まる
- SAP再認定 4/5 OnVUE
""", received=False, note="note to self from the phone, mentions the case number in a note")

n_conf = add("confirmation_request", True, A, [CID_NEW, CID_OLD], d(2025,3,12,1,5,UTC), FORM_H, ME_P,
    SUBJ_A, None, cc=ME_C,
    html=f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Ryo,</p>
<p>Thank you for your patience. I found the following two certification accounts:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{CID_NEW}</td><td>{CID_OLD}</td></tr>
<tr><td>Login email</td><td>ryo.kanzaki.mail@gmail.com</td><td>kanzaki.r@hoshizora-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>ryo.kanzaki.mail@gmail.com</td><td>kanzaki.r@hoshizora-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>ryo.kanzaki.mail@gmail.com</td><td>kanzaki.r@hoshizora-sys.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>SAA-C03, DVA-C02, SAP-C02</td></tr>
</table>
<p>After the merge, the exam history, certifications and benefits of Account #2 will sit under Account #1, and Account #2 will no longer be usable. This cannot be undone.</p>
<p>Kindly reply to this email confirming that both accounts belong to you and that we should merge everything into <b>Account #1</b>.</p>
<p>Best,<br>Priya N.<br>AWS Training and Certification Customer Service</p>
</body></html>""", authres=AUTH_AWS,
    note="HTML-only table listing both accounts with candidate IDs; 'Kindly reply … confirming'")

n_outlook = add("user_reply", False, A, [], d(2025,3,12,10,22), ME_C_EN, FORM,
    "RE: " + SUBJ_A,
    f"""Confirmed - both accounts are mine, please merge into Account #1.

Ryo Kanzaki
Hoshizora Systems Co., Ltd. | Cloud Integration Dept.

-----Original Message-----
From: AWS Training and Certification <{FORM}>
Sent: Wednesday, March 12, 2025 10:05 AM
To: ryo.kanzaki.mail@gmail.com
Cc: kanzaki.r@hoshizora-sys.co.jp
Subject: {SUBJ_A}

Hi Ryo,

Thank you for your patience. I found the following two certification accounts:
[table]
Kindly reply to this email confirming that both accounts belong to you and that we should merge everything into Account #1.
""", cte="quoted-printable", irt=n_conf, received=False, crlf=True,
    note="owner confirms from the company (Outlook, via the Cc) - the address being retired")

n_wrong2 = add("info_request", True, A, [], d(2025,3,12,2,51,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hi Ryo,

Thanks for the quick answer. Because it came from kanzaki.r@hoshizora-sys.co.jp - the login of the account that will be closed - I can't accept it as the confirmation. Would you mind sending the same confirmation from ryo.kanzaki.mail@gmail.com? As soon as it arrives I'll run the merge.

Best,
Priya N.
AWS Training and Certification Customer Service

> Confirmed - both accounts are mine, please merge into Account #1.
""", irt=n_outlook, refs=[n_conf], authres=AUTH_AWS,
    note="polite question form ('Would you mind…') asking to resend from the kept address; quotes the owner's 'Confirmed'")

add("suspicious", False, None, [], d(2025,3,12,2,58,UTC), addr("AWS Training and Certification", FORM), ME_P,
    f"RE:[CASE 174183920700912] [AWS Training and Certification Form Submission] - account-assistance",
    None, html="""<html><body style="font-family:Arial">
<p>Dear Customer,</p>
<p>Your account merge is almost complete. To protect your certifications, we must verify your identity before the merge is finalized.</p>
<p><a href="https://aws-training-verify.help/signin?merge=1">Verify your AWS Builder ID now</a></p>
<p>If you do not verify within 24 hours your case will be closed and your certifications may be lost. Please reply with your Builder ID password if the link does not work.</p>
<p>AWS Training and Certification</p></body></html>""",
    authres=auth("amazon.com", dkim="fail", spf="softfail", dmarc="fail"), domain="mailer-7.net",
    note="From is the real form address but DKIM/SPF/DMARC fail, lookalike link, case number one digit off")

n_okmob = add("user_reply", False, A, [], d(2025,3,12,12,4), ME_P_H, FORM,
    SUBJ_A,
    f"""Confirmed. Please merge to Account #1.

Sent from my iPhone

> On Mar 12, 2025, at 11:51, AWS Training and Certification <{FORM}> wrote:
>
> Hi Ryo,
>
> Thanks for the quick answer. Because it came from kanzaki.r@hoshizora-sys.co.jp - the login of the account that will be closed - I can't accept it as the confirmation. Would you mind sending the same confirmation from ryo.kanzaki.mail@gmail.com? As soon as it arrives I'll run the merge.
""", irt=n_wrong2, refs=[n_conf, n_outlook], received=False, note="the valid confirmation, from the phone")

n_resA = add("resolved", False, A, [CID_NEW], d(2025,3,12,7,40,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hi Ryo,

I have successfully merged all accounts. Your exam history, your three active certifications and your 50% exam discount benefit are now under {CID_NEW} (ryo.kanzaki.mail@gmail.com). Please allow up to 24 hours for Credly to show your badges.

This case will now be closed. If anything looks wrong, simply reply and the case will reopen.

Best,
Priya N.
AWS Training and Certification Customer Service

---- Previous message ----
Hi Ryo,

Thank you for your patience. I found the following two certification accounts:

Account #1
Login email: ryo.kanzaki.mail@gmail.com
Training notification email: ryo.kanzaki.mail@gmail.com
Certification notification email: ryo.kanzaki.mail@gmail.com

Account #2
Login email: kanzaki.r@hoshizora-sys.co.jp
Training notification email: kanzaki.r@hoshizora-sys.co.jp
Certification notification email: kanzaki.r@hoshizora-sys.co.jp

Kindly reply to this email confirming that both accounts belong to you and that we should merge everything into Account #1.
""", irt=n_okmob, refs=[n_conf, n_outlook, n_wrong2], authres=AUTH_AWS,
    note="completion that quotes the whole confirmation request below; conditional 'simply reply'")

add("badge", False, None, [], d(2025,3,12,8,2,UTC), addr("Credly", "admin@credly.com"), ME_P,
    "Your AWS Certified Solutions Architect - Professional badge is ready to claim",
    None, html="""<html><body style="font-family:Helvetica,Arial">
<h2>Congratulations, Ryo!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect - Professional</b>.</p>
<p><a href="https://www.credly.com/badges/7f3c2d1a-5b6e-4c90-9a1e-2e8f4b7d6c51/accept">Accept your badge</a></p>
<p>Two more badges from this issuer are waiting in your wallet.</p>
<p style="font-size:11px">Credly, Inc. &middot; You received this because an organization issued you a badge.</p>
</body></html>""", authres=AUTH("credly.com"), note="Credly right after the merge; badge UUID")

add("survey", False, A, [], d(2025,3,13,7,45,UTC), addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
    f"How did we do? Your feedback on case {A}",
    f"""Hello,

Your recent case with AWS Training and Certification Customer Service (Case ID: {A}) was closed.
Would you take a minute to tell us how we did? Your answers go directly to the team.

Rate your experience: https://amazon.qualtrics.com/jfe/form/SV_tc?case={A}

Responses are optional.

AWS Training and Certification
""", authres=AUTH_AWS, note="case survey with 'Would you take a minute'")

n_fyi = add("user_reply", False, A, [], d(2025,3,13,17,15), ME_C_H, addr("佐藤 健一", "sato.k@hoshizora-sys.co.jp"),
    "FW: " + SUBJ_A,
    f"""佐藤さん

紐付け解除ありがとうございました。おかげで統合まで完了しました。
APNの認定者数から私の分が減ると思いますので、念のため共有です。

神崎

________________________________
From: AWS Training and Certification <{FORM}>
Sent: Wednesday, March 12, 2025 4:40 PM
To: ryo.kanzaki.mail@gmail.com
Subject: {SUBJ_A}

Hi Ryo,

I have successfully merged all accounts. Your exam history, your three active certifications and your 50% exam discount benefit are now under {CID_NEW} (ryo.kanzaki.mail@gmail.com).
""", cs="utf-8", cte="base64", irt=n_resA, received=False,
    note="owner forwards the completion to the colleague; candidate ID only in the forwarded part")

add("unrelated", False, None, [], d(2025,3,15,11,20), addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    "Amazon.co.jp ご注文の商品を発送しました",
    """神崎 涼 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418821-7730512
商品: AWS認定ソリューションアーキテクト－プロフェッショナル 問題集 第2版
お届け予定: 3月17日(月)

Amazon.co.jp
""", authres=AUTH("amazon.co.jp"), note="Amazon retail with 認定 in the product name")

add("certification", False, None, [], d(2025,3,16,0,0,UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Solutions Architect - Associate certification expires in 90 days",
    """Hello Ryo Kanzaki,

Your AWS Certified Solutions Architect - Associate certification (validation number 7Q2LHX0K9E1QQ5S8) expires on June 10, 2025.

To keep your certification active, pass the current version of the exam or a higher-level exam in the same path before it expires.
Your 50% discount benefit can be applied when you schedule.

Schedule an exam: https://www.aws.training/certification

AWS Certification
""", authres=AUTH("certmetrics.com"), note="expiry notice right after the merge; no case")

add("suspicious", False, None, [], d(2025,3,17,4,11,UTC), addr("AWS Certification Support", "support@aws-certmetrics-support.com"), ME_P,
    "Action Required: Your certification account merge failed",
    """Dear Ryo,

We were unable to complete the merge of your AWS Certification accounts because your identity could not be verified.
Your certifications (SAA, DVA, SAP) are at risk of being revoked.

Reply to this email within 48 hours with:
 - your AWS Builder ID email and password
 - a photo of your government ID

Case ID: 5582201934
AWS Certification Support Team
""", authres=auth("aws-certmetrics-support.com", dkim="pass", spf="pass", dmarc="pass"),
    note="lookalike domain, demands a reply, fake 'Case ID:' line")

add("unrelated", False, None, [], d(2025,3,18,6,2,UTC), addr("The Linux Foundation Support", "support@linuxfoundation.org"), ME_P,
    "[The Linux Foundation] Re: Merge my two LF accounts (Ticket #LFSUP-88214)",
    """Hi Ryo,

We found two LF ID accounts:

 1. rkanzaki (ryo.kanzaki.mail@gmail.com) - CKA, CKAD
 2. ryo-kanzaki-hs (kanzaki.r@hoshizora-sys.co.jp) - no certifications

Please confirm which account you want to keep and we will merge the other into it.

Thanks,
Linux Foundation Training & Certification Support
""", authres=AUTH("linuxfoundation.org"), note="another vendor's certification account merge asking to confirm which to keep -> unrelated, no reply owed to AWS")

add("unrelated", False, None, [], d(2025,3,19,1,30,UTC), addr("AWS Training", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder receipt",
    """Thank you for your purchase.

AWS Skill Builder Individual subscription - monthly
Order ID: SB-20250319-58122
Amount: USD 29.00
Billed to AWS account 551234908876

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training
""", authres=AUTH("aws.training"), note="Skill Builder receipt (training, not a case)")

CONSOLE_FOOT = f"""
To see case details or respond, please use the following link (sign-in required):
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Please do not reply to this email. This email address cannot accept incoming e-mails.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services
"""
n_cack = add("acknowledgement", False, C, [], d(2025,3,19,2,14,UTC), NOREPLY_H, ME_P,
    f"Amazon Web Services: New Support case: {C}",
    f"""Hello,

We have received your request and opened case {C}. The details of your case are as follows:

Case ID: {C}
Subject: Skill Builder Individual subscription charged twice in March
Severity: General guidance
Service: Training and Certification
Category: Skill Builder
Correspondence: I was charged twice (two receipts on March 19) for the monthly Skill Builder Individual subscription on account 551234908876. Please refund one of them.

A support agent will respond soon.
""" + CONSOLE_FOOT, authres=AUTH_AWS, cte="7bit", note="console case acknowledgement (Training and Certification service)")

n_creq = add("info_request", True, C, [], d(2025,3,20,5,3,UTC), NOREPLY_H, ME_P,
    f"RE:[CASE {C}] Skill Builder Individual subscription charged twice in March",
    f"""Hello,

Thank you for contacting AWS Support. I'm sorry for the double charge.

I can see two payments of USD 29.00 on March 19, 2025. To make sure the refund goes to the right one, I need the order IDs shown on both receipts and the last four digits of the card they were charged to. Please add them to the case through the Support Center link below - replies to this email are not delivered to us.

Once I have them, the refund normally takes 3-5 business days to appear.

Regards,
Daniel O.
Amazon Web Services
""" + CONSOLE_FOOT, authres=AUTH_AWS, note="console request: answer must go through the Support Center, not email")

n_cmail = add("user_reply", False, C, [], d(2025,3,20,18,40), ME_P_H, NOREPLY,
    f"Re: RE:[CASE {C}] Skill Builder Individual subscription charged twice in March",
    f"""Order IDs: SB-20250319-58122 and SB-20250319-58127, card ending 4471.

Sent from my iPhone

> On Mar 20, 2025, at 14:03, Amazon Web Services <{NOREPLY}> wrote:
>
> Hello,
>
> Thank you for contacting AWS Support. I'm sorry for the double charge.
""", irt=n_creq, refs=[n_cack], received=False, note="owner answers the console case by email to the no-reply address (wrong channel)")

add("unrelated", False, C, [], d(2025,3,20,9,40,UTC), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    f"""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: This mailbox does not accept incoming mail

----- Original message -----
Subject: Re: RE:[CASE {C}] Skill Builder Individual subscription charged twice in March
From: Ryo Kanzaki <{ME_P}>

Order IDs: SB-20250319-58122 and SB-20250319-58127, card ending 4471.
""", authres=None, note="bounce of the owner's email reply; carries the case subject; support still waits")

add("unrelated", False, None, [], d(2025,3,21,12,5), addr("田村 恵", "tamura.m@hoshizora-sys.co.jp"), ME_C_H,
    "神崎さん送別会のご案内（3/28）",
    """クラウド統合部の皆さま

3月末で退職される神崎さんの送別会を下記のとおり開催します。
日時：3月28日（金）19:00〜
場所：恵比寿「鳥よし」
参加可否を3/25（火）までにこのメールに返信してください。

田村
""", cs="iso-2022-jp", cte="7bit", authres=AUTH("hoshizora-sys.co.jp"), note="colleague asks for a reply (not support)")

n_cclose = add("closing_notice", True, C, [], d(2025,3,23,5,10,UTC), NOREPLY_H, ME_P,
    f"RE:[CASE {C}] Skill Builder Individual subscription charged twice in March",
    f"""Hello,

We haven't heard back from you on this case. We still need the order IDs and the last four digits of the card to process your refund.

If we don't receive a response, this case will be automatically resolved in 4 days. You can reopen it within 14 days of resolution by adding a correspondence in the Support Center.

Regards,
Amazon Web Services
""" + CONSOLE_FOOT, irt=n_creq, refs=[n_cack], authres=AUTH_AWS,
    note="auto-resolve warning on the console case (email answer bounced, so support really is waiting)")

add("user_reply", False, C, [], d(2025,3,23,22,3), ME_P_H, ME_P_H,
    f"Fwd: RE:[CASE {C}] Skill Builder Individual subscription charged twice in March",
    f"""メール返信はバウンスしてた。コンソールから order ID 2件とカード下4桁を入力済み（3/23 22時）。

---------- Forwarded message ---------
From: Amazon Web Services <{NOREPLY}>
Date: Sun, Mar 23, 2025 at 2:10 PM
Subject: RE:[CASE {C}] Skill Builder Individual subscription charged twice in March
To: <{ME_P}>

Hello,

We haven't heard back from you on this case. We still need the order IDs and the last four digits of the card to process your refund.
""", received=False, note="forward to self recording that the answer went in through the console")

add("resolved", False, C, [], d(2025,3,24,8,30,UTC), NOREPLY_H, ME_P,
    f"RE:[CASE {C}] Skill Builder Individual subscription charged twice in March",
    f"""Hello,

Thank you for the details. I've refunded order SB-20250319-58127 (USD 29.00) to the card ending 4471; your subscription stays active under the first order. The refund should show within 3-5 business days.

I'm marking this case as resolved. If you need anything else on this topic, you can reopen it from the Support Center.

Regards,
Daniel O.
Amazon Web Services
""" + CONSOLE_FOOT, irt=n_cclose, refs=[n_cack, n_creq], authres=AUTH_AWS,
    note="console resolution with the rating footer ('Please share your experience')")

add("unrelated", False, E, [], d(2025,3,25,3,18,UTC), NOREPLY_H, ME_P,
    f"RE:[CASE {E}] Service Quotas: EC2 Running On-Demand Standard instances (ap-northeast-1)",
    f"""Hello,

Thank you for your quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in Asia Pacific (Tokyo) for account 551234908876.

Before we can approve 64 vCPUs, could you describe the workload and how you arrived at this number? Please reply through the Support Center.

To see case details or respond, please use the following link:
https://console.aws.amazon.com/support/home#/case/?displayId={E}&language=en

Please do not reply to this email. This email address cannot accept incoming e-mails.

Regards,
Amazon Web Services
""", authres=AUTH_AWS,
    note="real AWS console case with a question, but EC2 quota, not Training and Certification -> unrelated, no reply flagged")

add("unrelated", False, None, [], d(2025,3,26,1,0,UTC), addr("Backlog サポート", "support@nulab.com"), ME_C,
    "[Nulab] リクエスト #48213 は解決済みになりました",
    """神崎 様

お問い合わせいただいたリクエスト #48213「プロジェクトの統合について」は解決済みとなりました。

本リクエストは7日後に自動的にクローズされます。追加のご質問がございましたら、このメールにご返信ください。

今回のサポートはいかがでしたか？
良い / 悪い

Nulab サポートチーム
""", cs="utf-8", cte="base64", authres=AUTH("nulab.com"),
    note="other vendor's 'resolved / will close / reply' with a survey")

add("unrelated", False, None, [], d(2025,3,28,9,30), addr("情報システム部", "it-helpdesk@hoshizora-sys.co.jp"), ME_C_H,
    "【重要】アカウント停止のお知らせ（3/31 18:00）",
    """神崎 涼 様

退職に伴い、以下のアカウントを 3月31日 18:00 に停止します。

・メール（kanzaki.r@hoshizora-sys.co.jp）
・VPN / SSO
・AWS 組織アカウントの IAM Identity Center ユーザー

必要なデータは停止前に各自で退避してください。停止後の復旧はできません。

情報システム部
""", cs="shift_jis", cte="8bit", authres=AUTH("hoshizora-sys.co.jp"), note="company IT notice, mentions AWS")

add("user_reply", False, None, [], d(2025,3,31,16,45), ME_C_H, addr("クラウド統合部", "cloud-all@hoshizora-sys.co.jp"),
    "退職のご挨拶",
    """クラウド統合部の皆さま

本日をもって退職いたします。4年間大変お世話になりました。
今後の連絡先は ryo.kanzaki.mail@gmail.com です。
AWS認定も個人アカウントに移しましたので、またどこかの勉強会でお会いしましょう。

神崎 涼
""", cs="iso-2022-jp", cte="7bit", received=False, note="owner's farewell mail from the company address; mentions AWS認定")

add("unrelated", False, None, [], d(2025,4,1,9,0), addr("Kumo Labs 人事", "people@kumolabs.jp"), ME_P,
    "Welcome to Kumo Labs! / 入社初日のご案内",
    """Ryo さん

Kumo Labs へようこそ！本日から宜しくお願いします。
10:00 に受付へお越しください。社用アドレス ryo.kanzaki@kumolabs.jp は本日中に発行されます。

AWS 認定の保有状況を社内スキルシートに登録してください（任意）。

People Team
""", authres=AUTH("kumolabs.jp"), note="new employer welcome, mentions AWS 認定")

add("unrelated", False, A, [], d(2025,4,1,10,12), addr("Mail Delivery System", "MAILER-DAEMON@mx.hoshizora-sys.co.jp"), ME_P,
    "Undelivered Mail Returned to Sender",
    f"""This is the mail system at host mx.hoshizora-sys.co.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kanzaki.r@hoshizora-sys.co.jp>: host mbox.hoshizora-sys.co.jp[10.1.2.3] said:
    550 5.1.1 <kanzaki.r@hoshizora-sys.co.jp>: Recipient address rejected:
    User unknown in local recipient table

--- Returned message ---
From: Ryo Kanzaki <{ME_P}>
To: kanzaki.r@hoshizora-sys.co.jp
Subject: Fwd: {SUBJ_A}

I have successfully merged all accounts.
""", authres=AUTH("hoshizora-sys.co.jp"),
    note="bounce from the closed company mailbox, returning a forward of the merge mail (case subject inside)")

# ---------------------------------------------------------------- April: case B (Japanese)
n_back = add("acknowledgement", False, B, [], d(2025,4,2,13,5,UTC), FORM_H, ME_P,
    SUBJ_B,
    f"""お客様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース {B} にてお問い合わせを承りました。

ケース ID: {B}
件名: certification
お問い合わせ内容:
アカウント統合（ケース {A}）後、2022年に受験した DVA-C01 の試験履歴が新しいアカウントに表示されません。
また、50%割引の特典が「使用済み」になっていますが、使った覚えがありません。

回答までは通常24時間以内ですが、最適な解決策をご案内するためにお時間をいただく場合がございます。
すでに同じ内容でケースを作成されている場合は、重複したケースを作成しないようお願いいたします。

AWS トレーニングと認定 カスタマーサービス
""", cs="iso-2022-jp", cte="7bit", authres=AUTH_AWS,
    note="Japanese acknowledgement, ISO-2022-JP; mentions the earlier case number in the form text")

n_breq = add("info_request", True, B, [], d(2025,4,3,2,20,UTC), addr("AWS トレーニングと認定", FORM), ME_P,
    SUBJ_B,
    """神崎 涼 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサービスの山本でございます。

現在のアカウントを確認いたしましたところ、DVA-C01 の受験記録は別の認定アカウントに登録されている可能性がございます。
調査を進めるにあたり、恐れ入りますが以下の情報をご返信いただけますでしょうか。

1. DVA-C01 を受験された日付（おおよそで構いません）
2. 当時ご利用になっていたメールアドレス、または分かる場合はそのアカウントの候補ID
3. 現在のアカウントの「特典」画面のスクリーンショット

お手数をおかけいたしますが、何卒よろしくお願いいたします。

山本 美咲
AWS トレーニングと認定 カスタマーサービス
""", html="""<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px">
<p>神崎 涼 様</p>
<p>お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサービスの山本でございます。</p>
<p>現在のアカウントを確認いたしましたところ、DVA-C01 の受験記録は別の認定アカウントに登録されている可能性がございます。<br>
調査を進めるにあたり、恐れ入りますが以下の情報をご返信いただけますでしょうか。</p>
<ol><li>DVA-C01 を受験された日付（おおよそで構いません）</li>
<li>当時ご利用になっていたメールアドレス、または分かる場合はそのアカウントの候補ID</li>
<li>現在のアカウントの「特典」画面のスクリーンショット</li></ol>
<p>お手数をおかけいたしますが、何卒よろしくお願いいたします。</p>
<p>山本 美咲<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>""",
    cte="base64", irt=n_back, authres=AUTH_AWS, note="Japanese keigo request with three numbered items, multipart base64")

n_bpart = add("user_reply", False, B, [], d(2025,4,3,12,48), ME_P_H, FORM,
    SUBJ_B,
    """山本様

ご連絡ありがとうございます。取り急ぎ1だけ回答します。
1. 2022年9月ごろです（9/17だったと思います）

2と3は帰宅後に調べて送ります。

神崎

iPhoneから送信

> 2025/04/03 11:20、AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>のメール:
>
> 1. DVA-C01 を受験された日付（おおよそで構いません）
> 2. 当時ご利用になっていたメールアドレス、または分かる場合はそのアカウントの候補ID
> 3. 現在のアカウントの「特典」画面のスクリーンショット
""", cs="utf-8", cte="8bit", irt=n_breq, refs=[n_back], received=False, note="partial answer from the phone, promises the rest")

n_bstill = add("info_request", True, B, [], d(2025,4,4,0,35,UTC), addr("AWS トレーニングと認定", FORM), ME_P,
    SUBJ_B,
    """神崎 様

ご返信ありがとうございます。受験時期について承知いたしました。

引き続き、2．当時のメールアドレスまたは候補ID、3．特典画面のスクリーンショットをお待ちしております。
ご準備ができ次第、本メールへの返信にてお送りください。

山本 美咲
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: Ryo Kanzaki <ryo.kanzaki.mail@gmail.com>
Sent: Thursday, April 3, 2025 12:48 PM
Subject: Re: [CASE 20348817562] ...

取り急ぎ1だけ回答します。
""", cs="iso-2022-jp", cte="7bit", irt=n_bpart, refs=[n_back, n_breq], authres=AUTH_AWS,
    note="'we still need' in Japanese: 'お待ちしております' + 'お送りください'")

add("user_reply", False, B, [], d(2025,4,4,12,10), ME_P_H, ME_P_H,
    "Fwd: " + SUBJ_B,
    """週末PCでやる：
- 昔の amazon.co.jp ログインで作った認定アカウント → 候補ID確認
- 特典画面スクショ

---------- Forwarded message ---------
From: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年4月4日(金) 9:35
Subject: RE: [CASE 20348817562] [AWS Training and Certification Form Submission] - certification
To: <ryo.kanzaki.mail@gmail.com>

神崎 様

ご返信ありがとうございます。受験時期について承知いたしました。
引き続き、2．当時のメールアドレスまたは候補ID、3．特典画面のスクリーンショットをお待ちしております。
""", received=False, note="forward to self as a to-do; contains support's still-need text")

add("certification", False, None, [], d(2025,4,5,5,40,UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!",
    """Hello Ryo Kanzaki,

Congratulations! You have successfully recertified as an AWS Certified Solutions Architect - Professional.
Your new expiration date is April 5, 2028.

Your digital badge will be issued through Credly within 5 business days, and your certificate is available in your AWS Certification account.

AWS Certification
""", authres=AUTH("certmetrics.com"), note="recertification notice")

add("badge", False, None, [], d(2025,4,6,2,0,UTC), addr("Credly", "admin@credly.com"), ME_P,
    "Ryo, you've earned a badge from Amazon Web Services Training and Certification",
    """Hi Ryo,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Professional (recertified)

Accept it and share it with your network:
https://www.credly.com/badges/a41c09e7-2b3d-47f8-8a66-0d93b1f2e7c4

Credly
""", authres=AUTH("credly.com"), note="Credly plain text")

pngbytes = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
n_bfull = add("user_reply", False, B, [CID_X, CID_NEW], d(2025,4,7,21,2), ME_P_H, FORM,
    SUBJ_B,
    f"""山本様

お待たせしました。残りの2点を送ります。

2. 当時は amazon.co.jp のログイン（同じ ryo.kanzaki.mail@gmail.com）で認定アカウントを作っていました。
   そのアカウントの候補IDは {CID_X} です。現在のアカウントは {CID_NEW} です。
3. 特典画面のスクリーンショットを添付します。

よろしくお願いいたします。
神崎 涼

2025年4月4日(金) 9:35 AWS トレーニングと認定 <{FORM}>:
> 引き続き、2．当時のメールアドレスまたは候補ID、3．特典画面のスクリーンショットをお待ちしております。
""", attach=[part(None, "png", None, "base64", maintype="image", fname="benefits.png", raw=pngbytes)],
    irt=n_bstill, refs=[n_back, n_breq, n_bpart], received=False, note="full answer with attachment, two candidate IDs")

add("closing_notice", False, B, [], d(2025,4,7,12,15,UTC), addr("AWS トレーニングと認定", FORM), ME_P,
    SUBJ_B,
    f"""お客様

ケース {B} について、4月4日にお送りしたご連絡へのご返信をまだ確認できておりません。

5日以内にご返信がない場合、本ケースはクローズさせていただきます。
クローズ後も、本メールにご返信いただければケースを再開いたします。

AWS トレーニングと認定 カスタマーサービス
""", cs="iso-2022-jp", cte="7bit", irt=n_bstill, authres=AUTH_AWS,
    note="automatic reminder sent 13 min after the owner's complete reply (crossed) -> no reply needed; see README")

add("acknowledgement", False, B, [], d(2025,4,8,0,20,UTC), addr("AWS トレーニングと認定", FORM), ME_P,
    SUBJ_B,
    f"""神崎 様

ご返信および添付ファイルを受領いたしました。
先日お送りした自動リマインダーは行き違いとなりましたので、お手数ですが破棄してくださいますようお願いいたします。

内容を確認のうえ、改めてご連絡いたします。

山本 美咲
AWS トレーニングと認定 カスタマーサービス
""", cs="utf-8", cte="quoted-printable", irt=n_bfull, authres=AUTH_AWS,
    note="receipt of the reply; '破棄してくださいますようお願いいたします' is a polite request that needs no answer")

add("case_update", False, B, [CID_X], d(2025,4,9,3,0,UTC), addr("AWS トレーニングと認定", FORM), ME_P,
    SUBJ_B,
    f"""神崎 様

お世話になっております。山本でございます。

{CID_X} の受験記録の統合と特典の状態確認について、認定プログラムの担当チームへエスカレーションいたしました。
担当チームでの対応には通常3〜5営業日を要します。進捗がございましたら本ケースにてご連絡いたします。

現時点で神崎様にご対応いただくことはございません。

山本 美咲
AWS トレーニングと認定 カスタマーサービス
""", cs="iso-2022-jp", cte="7bit", irt=n_bfull, authres=AUTH_AWS,
    note="escalated to another team; explicit no action; candidate ID in own text")

add("suspicious", False, None, [], d(2025,4,10,6,45,UTC), addr("Credly", "badges@credly-notify.com"), ME_P,
    "Your AWS badge will expire - claim it now",
    None, html="""<html><body>
<p>Hi,</p>
<p>Your badge <b>AWS Certified Solutions Architect - Professional</b> issued by Amazon Web Services Training and Certification has not been claimed and will be <b>deleted in 24 hours</b>.</p>
<p><a href="http://credly-notify.com/login?next=claim">Sign in to Credly to claim</a></p>
</body></html>""", authres=auth("credly-notify.com", dkim="none", spf="pass", dmarc="none"),
    note="Credly lookalike domain")

n_bres = add("resolved", False, B, [CID_X], d(2025,4,11,1,30,UTC), addr("AWS トレーニングと認定", FORM), ME_P,
    SUBJ_B,
    f"""神崎 様

お待たせいたしました。担当チームより対応完了の連絡がございましたのでご報告いたします。

・{CID_X} に登録されていた DVA-C01（2022年9月17日受験）の記録を、現在のアカウントに統合いたしました。
・50%割引の特典は誤って使用済みとなっていたため、新しい特典を再発行いたしました（有効期限：2025年11月16日）。

アカウントにサインインのうえ、試験履歴と特典をご確認いただけますと幸いです。
ご不明な点がございましたら、本メールにご返信ください。

山本 美咲
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
調査を進めるにあたり、恐れ入りますが以下の情報をご返信いただけますでしょうか。
1. DVA-C01 を受験された日付（おおよそで構いません）
2. 当時ご利用になっていたメールアドレス、または分かる場合はそのアカウントの候補ID
3. 現在のアカウントの「特典」画面のスクリーンショット
""", html=None, cs="shift_jis", cte="base64", irt=n_bfull, authres=AUTH_AWS,
    note="resolution in Shift_JIS with 'ご確認いただけますと幸いです' and a conditional 'ご不明な点がございましたら'; quotes the old request")

n_bthx = add("user_reply", False, B, [], d(2025,4,11,19,20), ME_P_H, FORM,
    SUBJ_B,
    """山本様

試験履歴と特典、どちらも確認できました。ありがとうございました。

神崎

2025年4月11日(金) 10:30 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> アカウントにサインインのうえ、試験履歴と特典をご確認いただけますと幸いです。
> ご不明な点がございましたら、本メールにご返信ください。
""", irt=n_bres, received=False, note="thanks reply")

add("resolved", False, B, [], d(2025,4,12,0,5,UTC), addr("AWS トレーニングと認定", FORM), ME_P,
    SUBJ_B,
    f"""神崎 様

ご確認のご連絡をいただき、ありがとうございます。
本ケース（{B}）はこれにてクローズとさせていただきます。

今後ともAWS トレーニングと認定をよろしくお願いいたします。

山本 美咲
""", cs="iso-2022-jp", cte="7bit", irt=n_bthx, authres=AUTH_AWS, note="thanks-and-done after the owner's thanks")

add("survey", False, B, [], d(2025,4,12,0,30,UTC), addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P,
    f"サポートに関するアンケートのお願い（ケース {B}）",
    None, html=f"""<html><body style="font-family:sans-serif">
<p>先日はAWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>ケース ID: {B}</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間 約1分）。</p>
<p><a href="https://amazon.qualtrics.com/jfe/form/SV_tcjp?case={B}">アンケートに回答する</a></p>
</body></html>""", cte="base64", authres=AUTH_AWS, note="Japanese HTML-only survey with お願いいたします")

# ---------------------------------------------------------------- mid/late April
add("user_reply", False, F, [], d(2025,4,14,20,30), ME_P_H, addr("Mio Arakawa", "mio.arakawa@kumolabs.jp"),
    f"Fwd: RE:[CASE {F}] [AWS Training and Certification Form Submission] - account-assistance",
    f"""荒川さん

認定アカウントの統合、2020年に一度やったときのメールが出てきたので転送します。
流れはほぼ同じで、下の「Please confirm…」に返信するだけでした。

神崎

---------- Forwarded message ---------
From: AWS Training and Certification <{FORM}>
Date: Tue, Sep 8, 2020 at 3:41 AM
Subject: RE:[CASE {F}] [AWS Training and Certification Form Submission] - account-assistance
To: <{ME_P}>

Hello,

We located two accounts:

Account #1 - AWS01938274 - ryo.kanzaki.mail@gmail.com
Account #2 - AWS01938911 - ryo_k@univ-mail.ac.jp

Please confirm you would like Account #2 merged into Account #1.

Thank you,
AWS Training and Certification
""", received=False, note="owner forwards a 2020 (10-digit) case to a new colleague; the confirmation request and candidate IDs are only in the forwarded part")

add("unrelated", False, None, [], d(2025,4,15,2,12,UTC), addr("Snowflake Support", "support@snowflake.com"), ME_P,
    "Case 01882417 has been closed",
    """Hello Ryo,

Your case 01882417 "Trial account merge into organization" has been closed because we did not receive a response within 7 days.
If you still need help, reply to this email within 30 days and the case will be reopened.

Snowflake Support
""", authres=AUTH("snowflake.com"), note="other vendor's closing-for-no-response notice")

add("certification", False, None, [CID_NEW], d(2025,4,15,6,0,UTC), addr("AWS 認定", "do-not-reply@certmetrics.com"), ME_P,
    "AWS 認定：ご利用可能な特典のお知らせ",
    f"""神崎 涼 様（候補ID: {CID_NEW}）

AWS 認定アカウントに、次回の認定試験でご利用いただける 50% 割引特典がございます。
有効期限：2025年11月16日

特典は AWS 認定アカウントの「特典」からご確認ください。特典のご利用にあたってご返信は不要です。

AWS 認定
""", cs="utf-8", cte="base64", authres=AUTH("certmetrics.com"),
    note="Japanese benefit notice right after case B; candidate ID in own text")

n_reop = add("user_reply", False, A, [], d(2025,4,17,8,5), ME_P_H, FORM,
    SUBJ_A,
    f"""Hi Priya,

Sorry to come back to this. After the merge my AWS Certification Subject Matter Expert (SME) program membership is gone - it used to show under Benefits on the old account. Is it possible to move it as well?

Thanks,
Ryo

On Wed, Mar 12, 2025 at 4:40 PM AWS Training and Certification <{FORM}> wrote:
> I have successfully merged all accounts. [...]
> This case will now be closed. If anything looks wrong, simply reply and the case will reopen.
""", irt=n_resA, received=False, note="owner reopens the resolved case by replying")

add("case_update", False, A, [], d(2025,4,18,1,10,UTC), FORM_H, ME_P,
    SUBJ_A,
    f"""Hi Ryo,

I've reopened case {A} and passed your question about the SME program to the Certification SME team, who manage program membership. They will reply on this case, usually within 2-3 business days.

Best,
Priya N.
AWS Training and Certification Customer Service
""", irt=n_reop, authres=AUTH_AWS, cte="7bit", note="reopened and passed to another team")

add("unrelated", False, None, [], d(2025,4,18,4,22,UTC), addr("dependabot[bot]", "notifications@github.com"), ME_P,
    "[rkanzaki/cert-notes] Bump boto3 from 1.37.1 to 1.37.30 (PR #14)",
    """Bumps boto3 from 1.37.1 to 1.37.30.

You can trigger a rebase of this PR by commenting @dependabot rebase.

--
Reply to this email directly or view it on GitHub:
https://github.com/rkanzaki/cert-notes/pull/14
""", authres=AUTH("github.com"), note="GitHub bot mail")

n_sme = add("confirmation_request", True, A, ["AWS05502168", CID_NEW], d(2025,4,21,5,48,UTC), addr("AWS Certification SME Program", FORM), ME_P,
    SUBJ_A,
    f"""Hello Ryo,

This is Keiko from the AWS Certification SME team, picking up your case.

Your SME membership was not lost; it sits on a third certification account that was created through Partner Central sign-in in 2023 and was not part of the earlier merge:

Account #3
Candidate ID: AWS05502168
Login email: kanzaki.r+apn@hoshizora-sys.co.jp
Certification notification email: kanzaki.r@hoshizora-sys.co.jp

Can you confirm that Account #3 is yours and that we may merge it into {CID_NEW}? Its SME history will move with it.

Thanks,
Keiko M.
AWS Certification SME Program

On Fri, Apr 18, 2025, Priya N. wrote:
> I've reopened case {A} and passed your question about the SME program to the Certification SME team.
""", irt=n_reop, authres=AUTH_AWS, cte="quoted-printable", crlf=True,
    note="after the reopen, a new team asks to confirm a third account merge (question form)")

n_smepart = add("user_reply", False, A, [], d(2025,4,21,18,2), ME_P_H, FORM,
    SUBJ_A,
    f"""Hi Keiko, thanks! The +apn address looks like mine (Partner Central used it). I'll double-check tonight whether I can still see it.

Ryo

Sent from my iPhone

> On Apr 21, 2025, at 14:48, AWS Certification SME Program <{FORM}> wrote:
>
> Can you confirm that Account #3 is yours and that we may merge it into {CID_NEW}?
""", irt=n_sme, received=False, note="partial, non-committal answer: no go-ahead given")

add("confirmation_request", True, A, ["AWS05502168"], d(2025,4,22,0,40,UTC), addr("AWS Certification SME Program", FORM), ME_P,
    SUBJ_A,
    f"""Hi Ryo,

Thanks for getting back to me. Since the company mailbox is closed you won't be able to sign in to Account #3 any more, and that is fine - we don't need you to.

What I do need before running the merge is a clear go-ahead from you: a reply saying that Account #3 (AWS05502168) may be merged into Account #1 is enough.

Keiko M.
AWS Certification SME Program

> The +apn address looks like mine (Partner Central used it). I'll double-check tonight whether I can still see it.
""", irt=n_smepart, refs=[n_sme], authres=AUTH_AWS,
    note="'what I do need … is a clear go-ahead' - declarative need, no question mark; candidate ID in own text")

add("unrelated", False, None, [], d(2025,4,22,16,0,UTC), addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
    "New in April: AI Practitioner learning plan and 50% off retakes",
    """Hello,

This month on AWS Skill Builder: a new AWS Certified AI Practitioner learning plan, 12 new labs,
and a limited-time 50% retake offer for selected exams. Check your certification account for eligibility.

Explore now: https://skillbuilder.aws/learn?trk=apr25

You are receiving this because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/unsubscribe
""", authres=AUTH_AWS, note="Training and Certification marketing from an amazon.com address")

# ---------------------------------------------------------------- summary
if __name__ == "__main__":
    c = Counter(k for _, k, _, _ in MSGS)
    for k in sorted(c): print(f"{k:22s} {c[k]}")
    print(f"{'total':22s} {len(MSGS)}   needs_reply: {sum(1 for m in MSGS if m[2])}")
    if "--table" in sys.argv:
        for n, k, r, note in MSGS:
            print(f"| {n:03d} | {k} | {'yes' if r else 'no'} | {note} |")
