"""2025-10-06 .. 10-14: merge case opened, duplicate, candidate IDs, APN hold."""
from common import *

SUB1 = "[AWS Training and Certification Form Submission] - account-assistance"
S1 = "RE:[CASE %s] %s" % (C1, SUB1)
S2 = "RE: [CASE %s] %s" % (C2, SUB1)

# shared message ids (used by later parts too)
M_ACK1 = mid_ses("c1-ack")
M_ACK2 = mid_ses("c2-ack")
M_REQ1 = mid_ses("c1-ids")
M_USR1 = mid_kumo("c1-usr1")
M_HOLD1 = mid_ses("c1-hold1")
M_HOLD2 = mid_ses("c1-hold2")
M_USR2 = mid_kumo("c1-usr2")
M_LIFT = mid_ses("c1-lift")

REQ1_TXT = """岡林 亮 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの早川と申します。
このたびはアカウント統合のご依頼をいただき、ありがとうございます。

お知らせいただいた 2 つのメールアドレスで認定アカウントを検索いたしましたところ、
該当するアカウントが複数見つかりました。
統合の対象を正確に特定するため、統合元と統合先それぞれの AWS 候補 ID
（「AWS」に続く 8 桁の数字）をご教示いただけますでしょうか。

候補 ID は、認定アカウントにサインイン後、画面右上のお名前の下に表示されております。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

早川 拓海
AWS Training and Certification Customer Support

How would you rate this reply? https://tc-support-feedback.aws/rate?c=%s
""" % C1

USR1_TXT = """早川様

ご連絡ありがとうございます。候補 ID は以下のとおりです。

統合元（会社：r-okabayashi@shirasagi-sys.co.jp）：%s
統合先（個人：ryo.okabayashi@kumomail.jp）：%s

統合先は個人アドレスのアカウント（%s）でお願いいたします。

なお、同じ内容のフォームを会社アドレスからも誤って送ってしまいました（ケース %s）。
お手数ですが、そちらは取り下げていただけると助かります。
また、以前（2021年）にも別件でケース %s にてお世話になっております。ご参考まで。

岡林 亮
""" % (CAND_CO, CAND_P, CAND_P, C2, OLD2021)

HOLD2_TXT = """岡林 亮 様

お世話になっております。早川でございます。
パートナー管理者への確認状況について、ご報告いたします。

現在、白鷺システムズ様のパートナー管理者より、認定アカウントの紐付け解除について
社内で確認中であるとの回答をいただいております。
解除が完了するまでの間、本ケースは引き続き保留とさせていただきます。

なお、パートナー管理者へのご案内にあたり、差し支えなければ、
白鷺システムズ様でのご勤務最終日をお知らせいただけますでしょうか。
最終日が分かりますと、解除の手続きが円滑に進む場合がございます。

進展がございましたら、改めてご連絡いたします。
引き続きよろしくお願いいたします。

早川 拓海
AWS Training and Certification Customer Support
"""


def messages():
    out = []

    # 22 ack C1 (JA + EN template)
    d = dt("2025-10-06 01:24:15", UTC)
    txt = """岡林 亮 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース %s を作成いたしました。

通常、24 時間以内に担当者よりご連絡いたします。
内容によっては、調査のためにお時間をいただく場合がございます。

同じ内容で複数のケースを作成されますと、対応が遅れる原因となります。
本ケースに情報を追加される場合は、件名を変更せずに本メールへご返信ください。

ケース ID：%s
お問い合わせタイプ：AWS トレーニングと認定
その他の詳細：アカウントの統合
お問い合わせ内容：
Use case: I am leaving my employer at the end of October and want to move my
certifications from the company account to my personal account.
Email addresses used: r-okabayashi@shirasagi-sys.co.jp, ryo.okabayashi@kumomail.jp
Email address to keep: ryo.okabayashi@kumomail.jp

ケース番号は今後のお問い合わせの際に必要となりますので、ご確認ください。

AWS Training and Certification Customer Support

----------------------------------------------------------------------
Thank you for contacting AWS Training and Certification. Your request is
case %s; an agent usually answers within 24 hours. A second case for
the same request only slows things down.
""" % (C1, C1, C1)
    ib = inbound(ME_P, d, "m22")
    out.append(mail(L("acknowledgement", False, C1),
                    "ack of the merge case in JA with an EN block, echoes the form",
                    "本メールへご返信ください is conditional (情報を追加される場合は); ご確認ください only informs",
                    date=d, frm=(TC_NAME, TC), to=ME_P, subject="[CASE %s] %s" % (C1, SUB1),
                    body=T(txt, "utf-8", "base64"), mid=M_ACK1, **ib))

    # 23 ack C2 (duplicate from company address), LF, 7bit
    d = dt("2025-10-06 01:44:02", UTC)
    txt = """Hello,

Thanks for contacting AWS Training and Certification. Your request is now
case %s.

Our team usually replies within 24 hours. Please avoid opening another case
for the same request, as this can delay our response.

Case details
  Case ID: %s
  Inquiry type: Certification
  Additional details: Account Merge
  Description: I will leave Shirasagi Systems on Oct 31. Please merge my
  company certification account (candidate ID %s) into my personal one
  (ryo.okabayashi@kumomail.jp).

AWS Training and Certification Customer Support
""" % (C2, C2, CAND_CO)
    ib = inbound(ME_C, d, "m23")
    out.append(mail(L("acknowledgement", False, C2, [CAND_CO]),
                    "ack of a second form for the same request, sent from the company address",
                    "duplicate case; the echoed form text carries a candidate ID",
                    date=d, frm=(TC_NAME, TC), to=ME_C, subject="[CASE %s] %s" % (C2, SUB1),
                    body=T(txt, "us-ascii", "7bit"), mid=M_ACK2, nl="\n", **ib))

    # 24 company IT notice (Shift_JIS)
    d = dt("2025-10-06 13:30:00")
    txt = """岡林 亮 様

情報システム部です。
退職予定者のアカウント停止について、以下のとおりお知らせいたします。

・メールアカウント停止日時：2025年10月31日（金）23:59
・停止後、本アドレス宛のメールはすべてエラーで返送されます。
・外部サービスに会社アドレスで登録している場合は、停止日までに変更をお願いいたします。

内容をご確認ください。
ご不明な点がございましたら、内線 2210 までお問い合わせください。

情報システム部　システム管理課
"""
    out.append(mail(L("unrelated", False, None),
                    "company IT: mailbox will close on Oct 31 (Shift_JIS)",
                    "internal request (変更をお願いいたします) + ご確認ください; explains later bounce",
                    date=d, frm=("情報システム部", "it-helpdesk@shirasagi-sys.co.jp"), to=ME_C,
                    subject="【情報システム部】退職に伴うアカウント停止のご案内",
                    body=T(txt, "shift_jis", "base64"), mid=mid_co("m24"), hcs="iso-2022-jp",
                    delivered=ME_C))

    # 25 info_request C1 (ISO-2022-JP)
    d = dt("2025-10-07 00:41:27", UTC)
    ib = inbound(ME_P, d, "m25")
    out.append(mail(L("info_request", True, C1),
                    "agent asks for both candidate IDs, keigo, ISO-2022-JP, EN rating footer",
                    "ご教示いただけますでしょうか mid-body, then お手数をおかけいたしますが closing and a rating link",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S1,
                    body=T(REQ1_TXT, "iso-2022-jp", "7bit"), mid=M_REQ1, irt=M_ACK1, refs=[M_ACK1],
                    hcs="iso-2022-jp", **ib))

    # 26 case_update C2: closed as duplicate
    d = dt("2025-10-07 01:05:50", UTC)
    txt = """Hello Ryo,

Thanks for writing in. This request is the same as case %s, which
you sent from your personal address about twenty minutes earlier. To keep
everything in one thread, I have linked the two cases and closed this one as a
duplicate. A colleague is already helping you on case %s.

Nothing is needed from you on this case. Any further updates will come on
the other case.

Kind regards,
Marisol
AWS Training and Certification
""" % (C1, C1)
    ib = inbound(ME_C, d, "m26")
    out.append(mail(L("case_update", False, C2),
                    "duplicate case closed and linked to the main case",
                    "names two case numbers; 'closed' but not for lack of an answer and nothing to do",
                    date=d, frm=(TC_NAME, TC), to=ME_C, subject=S2,
                    body=MP("alternative", T(txt, "utf-8", "quoted-printable"),
                            H("<div>" + txt.replace("\n\n", "</div><div><br></div><div>").replace("\n", " ") + "</div>")),
                    mid=mid_ses("m26"), irt=M_ACK2, refs=[M_ACK2], **ib))

    # 27 user reply with candidate ids (Gmail-style JA quote)
    d = dt("2025-10-07 12:30:09")
    body = USR1_TXT + "\n2025年10月7日(火) 9:41 AWS Training and Certification <%s>:\n\n%s\n" % (
        TC, quote(REQ1_TXT))
    out.append(mail(L("user_reply", False, C1, [CAND_CO, CAND_P]),
                    "owner sends both candidate IDs, mentions the duplicate and an old 2021 case",
                    "three case numbers in own text; only the thread's case counts",
                    date=d, frm=("岡林 亮", ME_P), to=(TC_NAME, TC), subject="Re: " + S1,
                    body=MP("alternative", T(body, "utf-8", "base64"),
                            H("<div dir=\"ltr\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</div>", "utf-8", "base64")),
                    mid=M_USR1, irt=M_REQ1, refs=[M_ACK1, M_REQ1], mailer="KumoMail Web 5.2"))

    # 28 on_hold C1 (EN)
    d = dt("2025-10-08 07:20:33", UTC)
    txt = """Hello Ryo,

Thank you for sending the candidate IDs.

While reviewing %s I found that it is associated with an AWS Partner
Network organization (Shirasagi Systems Co., Ltd.). A certification account
that is linked to an APN partner cannot be merged until the partner removes
the association, so I have asked our partner team to contact the partner's
administrator.

Your case is on hold until the partner responds, which normally takes two to
five business days. I will update you as soon as I hear back; you don't need
to do anything in the meantime.

Best regards,
Daniel R.
AWS Training and Certification

On Tue, Oct 7, 2025 at 12:30 PM Ryo Okabayashi <%s> wrote:
%s
""" % (CAND_CO, ME_P, quote(USR1_TXT))
    ib = inbound(ME_P, d, "m28")
    out.append(mail(L("on_hold", False, C1, [CAND_CO]),
                    "APN association: case on hold until the partner acts",
                    "explicitly nothing to do; quoted user text holds more IDs",
                    date=d, frm=(TC_NAME, TC), to=ME_P, subject=S1,
                    body=T(txt, "utf-8", "quoted-printable"), mid=M_HOLD1, irt=M_USR1,
                    refs=[M_ACK1, M_REQ1, M_USR1], **ib))

    # 29 phishing, lookalike domain (Shift_JIS, HTML only)
    d = dt("2025-10-08 21:03:11")
    html = """<html><body>
<p>AWS 認定をご利用のお客様</p>
<p>お客様の認定アカウント統合リクエスト（ケース 1760012345）について、本人確認が完了しておりません。</p>
<p><b>24 時間以内</b>に下記のリンクから AWS Builder ID でサインインし、本人確認を完了のうえ、本メールにご返信ください。
期限を過ぎた場合、保有されている認定資格はすべて失効となります。</p>
<p><a href="http://aws-nintei-shien.com/verify/login?id=9f2c">本人確認を行う</a></p>
<p>※本メールは重要なお知らせのため、配信停止はできません。</p>
<p>AWS トレーニングと認定 サポートセンター</p>
</body></html>"""
    ib = inbound(ME_P, d, "m29", host="vps-4411.hostnode-asia.net", ip="203.0.113.219",
                 mailfrom="aws-nintei-shien.com", dkim_d="aws-nintei-shien.com")
    out.append(mail(L("suspicious", False, None),
                    "phishing from a lookalike domain, deadline + sign-in link (Shift_JIS HTML)",
                    "passes SPF/DKIM for its own domain; demands ご返信ください with a fake 10-digit case",
                    date=d, frm=("AWS トレーニングと認定", "no-reply@aws-nintei-shien.com"), to=ME_P,
                    subject="【重要】認定アカウント統合の本人確認のお願い", body=H(html, "shift_jis", "base64"),
                    mid=mid_gen("m29", "aws-nintei-shien.com"), hcs="iso-2022-jp", **ib))

    # 30 other vendor "ticket solved"
    d = dt("2025-10-09 02:14:00", UTC)
    txt = """Hi Ryo,

We haven't heard back from you, so we're marking ticket #CS-0093812
("Restore job stuck at 99%") as solved.

If the problem comes back, just reply to this email within 7 days and the
ticket will reopen automatically. After that, please open a new ticket.

Thanks for using Vaultline Backup!
Noah - Vaultline Support
"""
    ib = inbound(ME_P, d, "m30", host="mail.vaultline.io", ip="198.51.100.9",
                 mailfrom="vaultline.io", dkim_d="vaultline.io")
    out.append(mail(L("unrelated", False, None),
                    "another vendor closes a ticket for lack of answer",
                    "looks exactly like a closing notice, but not AWS",
                    date=d, frm=("Vaultline Support", "support@vaultline.io"), to=ME_P,
                    subject="[Vaultline] Ticket #CS-0093812 has been solved",
                    body=T(txt, "utf-8", "7bit"), mid=mid_gen("m30", "vaultline.io"), **ib))

    # 31 out-of-office from manager (ISO-2022-JP)
    d = dt("2025-10-09 18:02:40")
    txt = """【自動応答】
宮下は 10/9（木）〜10/14（火）まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は課内の佐野までご連絡ください。
ご不便をおかけしますが、よろしくお願いいたします。
"""
    out.append(mail(L("unrelated", False, None),
                    "manager's out-of-office auto reply",
                    "auto reply with a ご連絡ください; unrelated",
                    date=d, frm=("宮下 圭介", "miyashita@shirasagi-sys.co.jp"), to=("岡林 亮", ME_C),
                    subject="自動応答: 引き継ぎ資料を共有フォルダに置きました",
                    body=T(txt, "iso-2022-jp", "7bit"), mid=mid_co("m31"), hcs="iso-2022-jp",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    delivered=ME_C))

    # 32 on_hold with a buried, softened question (UTF-8 QP)
    d = dt("2025-10-10 02:15:06", UTC)
    ib = inbound(ME_P, d, "m32")
    out.append(mail(L("on_hold", True, C1),
                    "hold continues; asks (差し支えなければ) for the last working day",
                    "hold framing and 進展がございましたら; the real question is softened by 差し支えなければ",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S1,
                    body=T(HOLD2_TXT, "utf-8", "quoted-printable"), mid=M_HOLD2, irt=M_HOLD1,
                    refs=[M_ACK1, M_REQ1, M_USR1, M_HOLD1], **ib))

    # 33 user answers last day (Thunderbird-style quote)
    d = dt("2025-10-10 12:02:55")
    txt = """早川様

ご連絡ありがとうございます。
白鷺システムズでの勤務最終日は 2025年10月31日（金）です。
社内のパートナー管理者（北条）にも、私から事情を伝えてあります。

引き続きよろしくお願いいたします。
岡林 亮

On 2025/10/10 11:15, AWS Training and Certification wrote:
%s
""" % quote(HOLD2_TXT)
    out.append(mail(L("user_reply", False, C1),
                    "owner gives his last working day",
                    "quoted hold mail contains the question just answered",
                    date=d, frm=("岡林 亮", ME_P), to=(TC_NAME, TC), subject="Re: " + S1,
                    body=T(txt, "utf-8", "8bit"), mid=M_USR2, irt=M_HOLD2,
                    refs=[M_ACK1, M_REQ1, M_USR1, M_HOLD1, M_HOLD2], nl="\n",
                    mailer="Mozilla Thunderbird 128.3.0"))

    # 34 AWS Educate case (other program) asking a question
    d = dt("2025-10-11 05:40:10", UTC)
    txt = """Hello Ryo,

Thank you for contacting AWS Educate Support about the study-group account.

Could you tell us the name of the school or organization and the email
address that was used to register the AWS Educate account? Once we have these
details we can look into restoring access.

Best,
Aiko
AWS Educate Support
"""
    ib = inbound(ME_P, d, "m34")
    out.append(mail(L("unrelated", False, EDU),
                    "AWS Educate form case asks a question",
                    "same [CASE n] subject shape and a direct question, but another AWS program",
                    date=d, frm=("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
                    subject="RE:[CASE %s] [AWS Educate Form Submission] - account-access" % EDU,
                    body=T(txt, "us-ascii", "7bit"), mid=mid_ses("m34"), **ib))

    # 35 APN partner central notice (JA)
    d = dt("2025-10-14 02:02:00", UTC)
    txt = """岡林 亮 様

AWS パートナーセントラルからのお知らせです。

株式会社白鷺システムズのアライアンスリードにより、お客様のユーザー
（r-okabayashi@shirasagi-sys.co.jp）と同社パートナーアカウントとの関連付けが解除されました。
これに伴い、今後お客様の AWS 認定は同社の認定者数に含まれなくなります。

本メールは送信専用のため、ご返信いただいてもお答えできません。

AWS Partner Network
"""
    ib = inbound(ME_C, d, "m35")
    out.append(mail(L("unrelated", False, None),
                    "APN Partner Central: user unlinked from the partner",
                    "the news behind the hold, but from another AWS program; no case",
                    date=d, frm=("AWS Partner Central", "no-reply@partnercentral.awspartner.com"),
                    to=ME_C, subject="AWS パートナーセントラル：ユーザーの関連付け解除のお知らせ",
                    body=T(txt, "utf-8", "base64"), mid=mid_ses("m35"), **ib))

    # 36 hold lifted (Shift_JIS)
    d = dt("2025-10-14 06:30:45", UTC)
    txt = """岡林 亮 様

お世話になっております。早川でございます。

パートナー管理者による紐付けの解除が完了したことを確認いたしました。
これに伴い、本ケースの保留を解除し、統合に向けた準備を進めております。

統合対象のアカウント情報がまとまり次第、担当者より改めてご連絡いたしますので、
今しばらくお待ちくださいますようお願いいたします。

早川 拓海
AWS Training and Certification Customer Support
"""
    ib = inbound(ME_P, d, "m36")
    out.append(mail(L("case_update", False, C1),
                    "hold lifted, merge being prepared (Shift_JIS)",
                    "お待ちくださいますようお願いいたします has request form but asks for no reply",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S1,
                    body=T(txt, "shift_jis", "base64"), mid=M_LIFT, irt=M_USR2,
                    refs=[M_ACK1, M_REQ1, M_USR1, M_HOLD1, M_HOLD2, M_USR2], hcs="iso-2022-jp", **ib))
    return out
